#include "code/petrarch_options.h"

#include <charconv>
#include <string>

#include "base/strings.h"

namespace tacitus {

Status SetPetrarchOption(std::string_view option, std::string_view value,
                         PetrarchOptions* options) {
  if (option == "require_dyad") {
    // As PETRARCH reads it: anything but "false" is true.
    options->require_dyad = AsciiLowercase(value).find("false") == std::string::npos;
    return Status::Ok();
  }
  int* number = nullptr;
  if (option == "comma_min") number = &options->comma_min;
  if (option == "comma_max") number = &options->comma_max;
  if (option == "comma_bmin") number = &options->comma_bmin;
  if (option == "comma_bmax") number = &options->comma_bmax;
  if (option == "comma_emin") number = &options->comma_emin;
  if (option == "comma_emax") number = &options->comma_emax;
  if (option == "new_actor_length") number = &options->new_actor_length;
  if (number == nullptr) return Status::Ok();
  int parsed = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (error != std::errc() || end != value.data() + value.size() || parsed < 0) {
    return Status::Error(
        StatusCode::kInvalidArgument,
        std::string(option) + " must be a whole number, not \"" + Excerpt(value) + "\"");
  }
  *number = parsed;
  return Status::Ok();
}

Result<PetrarchOptions> ReadPetrarchOptions(const PetrarchFiles& files,
                                            std::string_view config_path) {
  PetrarchOptions options;
  for (const auto& [option, value] : files.options) {
    if (const Status set = SetPetrarchOption(option, value, &options); !set.ok()) {
      return Status::Error(set.code(), std::string(config_path) + ": [Options] " + set.message());
    }
  }
  return options;
}

void SetTabariOptions(const TabariOptions& tabari, PetrarchOptions* options) {
  options->first_actor_source = true;
  options->minimum_words = tabari.minimum_words;
  options->complex_verbs = tabari.complex_verbs;
  options->complex_actors = tabari.complex_actors;
  options->tabari_complex = tabari.complex;
  options->tabari_codes = true;
}

}  // namespace tacitus
