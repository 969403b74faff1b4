#include "code/validation.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <pugixml.hpp>

#include "base/data_file.h"
#include "base/strings.h"

namespace tacitus {
namespace {

std::string FoldSpace(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (blank) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsTrue(std::string_view value) { return AsciiLowercase(value) == "true"; }

std::string Join(std::span<const EventTriple> triples) {
  std::string out;
  for (const EventTriple& t : triples) {
    if (!out.empty()) out += "; ";
    out += t.ToString();
  }
  return out.empty() ? "noevents" : out;
}

}  // namespace

Result<ValidationSuite> ParseValidationSuite(std::string_view xml,
                                             const PetrarchOptions& base_options,
                                             std::string_view file) {
  {
    std::string checked(xml);
    Diagnostics bad;
    if (RefuseBadLines(file, &checked, &bad) > 0) return bad.ToStatus();
  }
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed) {
    return Status::Error(std::string(file) + ": malformed XML at byte " +
                         std::to_string(parsed.offset) + ": " + parsed.description());
  }
  // Line of a node, from its byte offset; nodes come in document order, so counting goes on
  // from the last one and the whole is linear.
  size_t counted_to = 0;
  uint32_t line = 1;
  const auto line_of = [&](const pugi::xml_node& node) {
    const size_t offset =
        std::min(static_cast<size_t>(std::max<ptrdiff_t>(node.offset_debug(), 0)), xml.size());
    if (offset < counted_to) {
      counted_to = 0;
      line = 1;
    }
    line += static_cast<uint32_t>(std::count(xml.begin() + counted_to, xml.begin() + offset, '\n'));
    counted_to = offset;
    return line;
  };
  const pugi::xml_node root = doc.first_child();
  ValidationSuite suite;
  const pugi::xml_node environment = root.child("Environment");
  suite.verb_file = FoldSpace(environment.child_value("Verbfile"));
  suite.actor_file = FoldSpace(environment.child_value("Actorfile"));
  suite.agent_file = FoldSpace(environment.child_value("Agentfile"));
  suite.discard_file = FoldSpace(environment.child_value("Discardfile"));
  suite.options_file = FoldSpace(environment.child_value("Optionsfile"));

  PetrarchOptions options = base_options;
  const auto apply_config = [&](const pugi::xml_node& config) {
    const std::string_view option = config.attribute("option").value();
    const Status set = SetPetrarchOption(option, config.attribute("value").value(), &options);
    if (!set.ok()) {
      suite.problems.Error(file, line_of(config),
                           "<Config>: " + set.message() + "; option left unchanged");
    }
  };
  for (const pugi::xml_node& config : environment.children("Config")) apply_config(config);

  pugi::xml_node sentences = root.child("Sentences");
  if (!sentences) sentences = root;
  for (const pugi::xml_node& node : sentences.children()) {
    if (std::string_view(node.name()) == "Config") {
      apply_config(node);
      continue;
    }
    if (std::string_view(node.name()) != "Sentence") continue;
    ValidationRecord record;
    record.id = node.attribute("id").value();
    record.category = node.attribute("category").value();
    const pugi::xml_attribute valid =
        node.attribute("valid") ? node.attribute("valid") : node.attribute("sentence");
    record.valid = IsTrue(valid.value());
    const std::string date_text = FoldSpace(node.attribute("date").value());
    const std::optional<Date> date = Date::ParseCompact(date_text);
    if (date) {
      record.date = *date;
    } else {
      record.valid = false;
      suite.problems.Error(file, line_of(node),
                           "record " + Excerpt(record.id) + ": date '" + Excerpt(date_text) +
                               "' is not a date (YYYYMMDD); skipped");
    }
    if (const pugi::xml_attribute event_date = node.attribute("eventdate")) {
      const std::string text = FoldSpace(event_date.value());
      record.expected_date = Date::ParseCompact(text);
      if (!record.expected_date) {
        record.valid = false;
        suite.problems.Error(file, line_of(node),
                             "record " + Excerpt(record.id) + ": eventdate '" + Excerpt(text) +
                                 "' is not a date (YYYYMMDD); skipped");
      }
    }
    record.text = FoldSpace(node.child_value("Text"));
    record.parse = node.child_value("Parse");
    for (const pugi::xml_node& coding : node.children("EventCoding")) {
      if (coding.attribute("error")) {
        record.expected_error = coding.attribute("error").value();
      } else if (coding.attribute("noevents")) {
        continue;  // no triple: the multiset stays empty
      } else {
        record.expected.push_back({coding.attribute("sourcecode").value(),
                                   coding.attribute("targetcode").value(),
                                   coding.attribute("eventcode").value()});
      }
    }
    record.options = options;
    suite.records.push_back(std::move(record));
  }
  if (suite.records.empty()) return Status::Error(std::string(file) + ": no <Sentence> records");
  return suite;
}

ValidationOutcome ScoreRecord(const ValidationRecord& record, std::span<const EventTriple> coded,
                              std::string_view coded_error) {
  ValidationOutcome outcome;
  std::vector<EventTriple> got(coded.begin(), coded.end());
  outcome.got = coded_error.empty() ? Join(got) : "error=" + std::string(coded_error);
  if (!record.expected_error.empty()) {
    outcome.expected = "error=" + record.expected_error;
    outcome.passed = coded_error == record.expected_error;
    return outcome;
  }
  std::vector<EventTriple> expected = record.expected;
  outcome.expected = Join(expected);
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  outcome.passed = coded_error.empty() && expected == got;
  return outcome;
}

}  // namespace tacitus
