#include "base/hash.h"

namespace tacitus {

std::string HexDigits16(uint64_t value) {
  constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4) hex[i] = kDigits[value & 0xf];
  return hex;
}

}  // namespace tacitus
