// The one tacitus binary: subcommands over the library.
#include <cstdio>

int main() {
  std::puts("tacitus");
  return 0;
}
