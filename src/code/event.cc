#include "tacitus/event.h"

#include <cstdio>

namespace tacitus {

std::string_view DatePrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
  }
  return "day";
}

std::string EventDate::ToString() const {
  const std::string full = date.ToString();
  switch (precision) {
    case DatePrecision::kDay:
      return full;
    case DatePrecision::kMonth:
      return full.substr(0, full.size() - 3);
    case DatePrecision::kYear:
      return full.substr(0, full.size() - 6);
  }
  return full;
}

std::string IssuesText(std::span<const IssueCount> issues) {
  std::string text;
  for (const IssueCount& issue : issues) {
    if (!text.empty()) text += ';';
    text += issue.code + "," + std::to_string(issue.count);
  }
  return text;
}

}  // namespace tacitus
