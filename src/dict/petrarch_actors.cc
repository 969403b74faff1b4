#include "dict/petrarch_actors.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "base/strings.h"
#include "dict/petrarch_lines.h"

namespace tacitus {
namespace {

// "GAZA_CITY_" -> "gaza city".
std::string NameWords(std::string_view name) {
  std::string words;
  for (char c : name) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!words.empty() && words.back() != ' ') words += ' ';
    } else {
      words += AsciiToLower(c);
    }
  }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  return words;
}

// Drops control bytes other than tab; true if there were any.
bool StripControlBytes(std::string_view line, std::string* out) {
  out->clear();
  bool stripped = false;
  for (char c : line) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      stripped = true;
    } else {
      *out += c;
    }
  }
  return stripped;
}

// The bracketed groups of a line: "[A] [B <950601]" -> {"A", "B <950601"}; false when a
// bracket is not closed.
bool BracketGroups(std::string_view text, std::vector<std::string_view>* groups) {
  groups->clear();
  size_t i = 0;
  while ((i = text.find('[', i)) != std::string_view::npos) {
    const size_t close = text.find(']', i);
    if (close == std::string_view::npos) return false;
    groups->push_back(Trim(text.substr(i + 1, close - i - 1), kPetrarchBlanks));
    i = close + 1;
  }
  return true;
}

class ActorFileParser {
 public:
  ActorFileParser(std::string_view file, PetrarchEntries* out, Diagnostics* diagnostics)
      : file_(file), out_(out), diagnostics_(diagnostics) {}

  void Parse(std::string_view text) {
    PetrarchLines lines(text, /*semicolon_comments=*/true);
    std::string_view raw;
    std::string clean;
    while (lines.Next(&raw)) {
      line_ = lines.number();
      if (StripControlBytes(raw, &clean)) {
        diagnostics_->Warning(file_, line_, "control byte dropped from \"" + Excerpt(clean) + "\"");
      }
      std::string_view line = Trim(clean, kPetrarchBlanks);
      if (line.empty()) continue;
      if (line.front() == '[') {
        if (!open_) {
          Problem("code without an actor name before it");
          continue;
        }
        AddCodes(line);
      } else if (line.front() == '+') {
        if (!open_) {
          Problem("synonym without an actor name before it");
          continue;
        }
        AddName(line.substr(1));
      } else {
        Finish();
        open_ = true;
        first_line_ = line_;
        const size_t bracket = line.find('[');
        AddName(line.substr(0, bracket));
        if (bracket != std::string_view::npos) AddCodes(line.substr(bracket));
      }
    }
    Finish();
  }

 private:
  void Problem(std::string_view reason) { diagnostics_->Error(file_, line_, reason); }

  void AddName(std::string_view name) {
    std::string words = NameWords(Trim(name, kPetrarchBlanks));
    if (words.empty()) {
      Problem("empty actor name");
      return;
    }
    names_.push_back(std::move(words));
  }

  void AddCodes(std::string_view text) {
    std::vector<std::string_view> groups;
    if (!BracketGroups(text, &groups)) {
      Problem("'[' without ']'");
      return;
    }
    for (std::string_view group : groups) AddCode(group);
  }

  void AddCode(std::string_view group) {
    const std::vector<std::string_view> parts = SplitWords(group, kSpaceAndTab);
    if (parts.empty()) {
      Problem("empty code []");
      return;
    }
    const std::string code = AsciiUppercase(parts[0]);
    std::string dates;
    for (size_t i = 1; i < parts.size(); ++i) dates += parts[i];
    if (code.empty() || code.front() == '<' || code.front() == '>' || IsAsciiDigit(code.front())) {
      Problem("code block [" + Excerpt(group) + "] has no code");
      return;
    }
    if (dates.empty()) {
      if (default_code_.empty()) default_code_ = code;
      return;
    }
    DatedRole role;
    role.code = code;
    role.from = Date{1, 1, 1};
    if (dates.front() == '<' || dates.front() == '>') {
      const std::optional<Date> date = ParsePetrarchDate(std::string_view(dates).substr(1));
      if (!date) {
        Problem("malformed date in [" + Excerpt(group) + "]");
        return;
      }
      if (dates.front() == '<') {
        role.to = *date;
      } else {
        role.from = *date;
      }
    } else {
      const size_t dash = dates.find('-');
      const std::optional<Date> from =
          dash == std::string::npos ? std::nullopt
                                    : ParsePetrarchDate(std::string_view(dates).substr(0, dash));
      const std::optional<Date> to =
          dash == std::string::npos ? std::nullopt
                                    : ParsePetrarchDate(std::string_view(dates).substr(dash + 1));
      if (!from || !to || *to < *from) {
        Problem("malformed date range in [" + Excerpt(group) + "]");
        return;
      }
      role.from = *from;
      role.to = to->AddDays(1);
    }
    roles_.push_back(std::move(role));
  }

  void Finish() {
    if (!open_) return;
    open_ = false;
    if (names_.empty()) {
      roles_.clear();
      default_code_.clear();
      return;
    }
    if (default_code_.empty() && roles_.empty()) {
      diagnostics_->Error(file_, first_line_,
                          "actor \"" + Excerpt(names_.front()) + "\" has no code");
    } else {
      Actor actor;
      actor.kind = roles_.empty() ? ActorKind::kOrganisation : ActorKind::kPerson;
      actor.code = default_code_;
      actor.roles = std::move(roles_);
      actor.name = names_.front();
      actor.origin = {file_, first_line_};
      const uint32_t id = static_cast<uint32_t>(out_->actors.size());
      out_->actors.push_back(std::move(actor));
      for (std::string& name : names_) out_->actor_names.push_back({std::move(name), id});
    }
    names_.clear();
    roles_.clear();
    default_code_.clear();
  }

  std::string_view file_;
  PetrarchEntries* out_;
  Diagnostics* diagnostics_;
  uint32_t line_ = 0;
  uint32_t first_line_ = 0;
  bool open_ = false;
  std::vector<std::string> names_;
  std::vector<DatedRole> roles_;
  std::string default_code_;
};

// PETRARCH-style plural of the last word of an agent name.
std::string AgentPlural(const std::string& name) {
  std::string plural = name;
  if (plural.ends_with("man")) return plural.substr(0, plural.size() - 3) + "men";
  if (plural.size() > 1 && plural.back() == 'y' &&
      std::string_view("aeiou").find(plural[plural.size() - 2]) == std::string_view::npos) {
    plural.pop_back();
    return plural + "ies";
  }
  if (plural.ends_with('s') || plural.ends_with('x') || plural.ends_with('z') ||
      plural.ends_with("ch") || plural.ends_with("sh")) {
    return plural + "es";
  }
  return plural + "s";
}

using AgentMacros = std::unordered_map<std::string, std::vector<std::string>>;

// "!PERSON! = MAN, MEN, WOMAN": the words a macro stands for, after any it had.
void AddAgentMacro(std::string_view line, AgentMacros* macros) {
  const size_t equals = line.find('=');
  std::vector<std::string>& words =
      (*macros)[AsciiUppercase(Trim(line.substr(0, equals), kPetrarchBlanks))];
  std::string_view rest = line.substr(equals + 1);
  while (!rest.empty()) {
    const size_t comma = std::min(rest.find(','), rest.size());
    if (std::string_view word = Trim(rest.substr(0, comma), kPetrarchBlanks); !word.empty()) {
      words.emplace_back(word);
    }
    rest = comma < rest.size() ? rest.substr(comma + 1) : std::string_view();
  }
}

// An agent line cut into its parts: "CONGRESS!PERSON! {CONGRESSFOLK} [~LEG]".
struct AgentLine {
  std::string_view name;             // as written, macros not yet substituted
  std::vector<std::string> plurals;  // written out between "{" and "}"
  bool plurals_given = false;        // "{...}", even "{}": PETRARCH then makes none
  std::string code;                  // without its "~"
  bool prefix = false;               // "[NGO~]": the code goes before the place code
};

// Cuts `line` into `agent`; why it is malformed, or empty when it is not.
std::string_view CutAgentLine(std::string_view line, AgentLine* agent) {
  const size_t open = line.find('[');
  const size_t close = line.find(']', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) {
    return "agent without a [code]";
  }
  std::string code = AsciiUppercase(Trim(line.substr(open + 1, close - open - 1), kPetrarchBlanks));
  agent->name = Trim(line.substr(0, open), kPetrarchBlanks);
  if (const size_t brace = agent->name.find('{'); brace != std::string_view::npos) {
    const size_t end = agent->name.find('}', brace);
    if (end == std::string_view::npos) return "'{' without '}'";
    for (std::string_view plural :
         SplitWords(agent->name.substr(brace + 1, end - brace - 1), kSpaceAndTab)) {
      agent->plurals.emplace_back(plural);
    }
    agent->plurals_given = true;
    agent->name = Trim(agent->name.substr(0, brace), kPetrarchBlanks);
  }
  const size_t tilde = code.find('~');
  if (tilde == std::string::npos || agent->name.empty()) {
    return "agent code must be [~CODE] or [CODE~] after a name";
  }
  agent->prefix = tilde + 1 == code.size();
  code.erase(tilde, 1);
  agent->code = std::string(Trim(code, kPetrarchBlanks));
  if (agent->code.empty()) return "empty agent code";
  return {};
}

// The names `name` stands for once macros are substituted ("CONGRESS!PERSON!" is CONGRESSMAN,
// CONGRESSMEN, ...), nested up to four deep; false when it uses a macro not defined before it.
bool ExpandAgentMacros(std::string_view name, const AgentMacros& macros,
                       std::vector<std::string>* names) {
  names->assign(1, std::string(name));
  bool unknown_macro = false;
  for (size_t round = 0; round < 4; ++round) {
    std::vector<std::string> expanded;
    for (const std::string& written : *names) {
      const size_t bang = written.find('!');
      const size_t end = bang == std::string::npos ? bang : written.find('!', bang + 1);
      if (end == std::string::npos) {
        expanded.push_back(written);
        continue;
      }
      const auto macro = macros.find(AsciiUppercase(written.substr(bang, end - bang + 1)));
      if (macro == macros.end()) {
        unknown_macro = true;
        continue;
      }
      for (const std::string& word : macro->second) {
        expanded.push_back(written.substr(0, bang) + word + written.substr(end + 1));
      }
    }
    *names = std::move(expanded);
  }
  return !unknown_macro;
}

// Adds `agent` under `name` and, when `add_plural`, first under PETRARCH's plural of it.
void AddAgentName(Agent agent, std::string_view name, bool add_plural, PetrarchEntries* out) {
  std::string words = NameWords(name);
  if (words.empty()) return;
  if (add_plural) {
    agent.name = AgentPlural(words);
    out->agent_names.push_back({agent.name, static_cast<uint32_t>(out->agents.size())});
    out->agents.push_back(agent);
  }
  agent.name = words;
  out->agent_names.push_back({std::move(words), static_cast<uint32_t>(out->agents.size())});
  out->agents.push_back(std::move(agent));
}

}  // namespace

std::optional<Date> ParsePetrarchDate(std::string_view text) {
  text = Trim(text, kPetrarchBlanks);
  if (text.size() != 6 && text.size() != 8) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  const auto number = [&](size_t at, size_t length) {
    int value = 0;
    for (size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  if (text.size() == 8) return Date::FromYmd(number(0, 4), number(4, 2), number(6, 2));
  const int yy = number(0, 2);
  return Date::FromYmd(yy <= 30 ? 2000 + yy : 1900 + yy, number(2, 2), number(4, 2));
}

void ParsePetrarchActors(std::string_view file, std::string_view text, PetrarchEntries* out,
                         Diagnostics* diagnostics) {
  ActorFileParser(file, out, diagnostics).Parse(text);
}

void ParsePetrarchAgents(std::string_view file, std::string_view text, PetrarchEntries* out,
                         Diagnostics* diagnostics) {
  PetrarchLines lines(text, /*semicolon_comments=*/false);
  AgentMacros macros;
  std::string_view line;
  std::vector<std::string> names;
  while (lines.Next(&line)) {
    if (line.starts_with('!') && line.find('=') != std::string_view::npos) {
      AddAgentMacro(line, &macros);
      continue;
    }
    AgentLine parts;
    std::string_view problem = CutAgentLine(line, &parts);
    if (problem.empty() && !ExpandAgentMacros(parts.name, macros, &names)) {
      problem = "unknown !MACRO! in agent name";
    }
    if (!problem.empty()) {
      diagnostics->Error(file, lines.number(), problem);
      continue;
    }
    ++out->agent_lines;
    Agent agent;
    agent.code = std::move(parts.code);
    agent.prefix = parts.prefix;
    agent.origin = {file, lines.number()};
    for (const std::string& name : names) AddAgentName(agent, name, !parts.plurals_given, out);
    for (const std::string& plural : parts.plurals) AddAgentName(agent, plural, false, out);
  }
}

void ParsePetrarchDiscards(std::string_view file, std::string_view text, PetrarchEntries* out,
                           Diagnostics* diagnostics) {
  PetrarchLines lines(text, /*semicolon_comments=*/true);
  std::string_view line;
  while (lines.Next(&line)) {
    Discard discard;
    discard.whole_story = line.starts_with('+');
    discard.phrase = NameWords(discard.whole_story ? line.substr(1) : line);
    discard.origin = {file, lines.number()};
    if (discard.phrase.empty()) {
      diagnostics->Error(file, lines.number(), "empty discard phrase");
      continue;
    }
    out->discards.push_back(std::move(discard));
  }
}

void ParsePetrarchIssues(std::string_view file, std::string_view text, PetrarchEntries* out,
                         Diagnostics* diagnostics) {
  PetrarchLines lines(text, /*semicolon_comments=*/false);
  std::string_view line;
  while (lines.Next(&line)) {
    if (line.starts_with('<')) continue;  // category tags
    const bool exclusion = line.starts_with('~');
    if (exclusion) line.remove_prefix(1);
    const size_t open = line.find('[');
    const size_t close = line.find(']', open == std::string_view::npos ? 0 : open);
    if (!exclusion && (open == std::string_view::npos || close == std::string_view::npos)) {
      diagnostics->Error(file, lines.number(), "issue phrase without a [CODE]");
      continue;
    }
    std::string phrase;
    for (std::string_view word :
         SplitWords(line.substr(0, exclusion ? line.size() : open), kSpaceAndTab)) {
      // "n:", "v:", "m:" mark a word that inflects (matched on its lemma); "+" joins words.
      std::string cleaned;
      for (size_t i = 0; i < word.size(); ++i) {
        const bool marker = i + 1 < word.size() && word[i + 1] == ':' &&
                            (word[i] == 'n' || word[i] == 'v' || word[i] == 'm') &&
                            (i == 0 || word[i - 1] == '+');
        if (marker) {
          ++i;
          continue;
        }
        cleaned += word[i] == '+' ? ' ' : word[i];
      }
      if (!phrase.empty()) phrase += ' ';
      phrase += cleaned;
    }
    Issue issue;
    if (!exclusion)
      issue.code = AsciiUppercase(Trim(line.substr(open + 1, close - open - 1), kPetrarchBlanks));
    issue.phrase = NameWords(phrase);
    issue.exclusion = exclusion;
    issue.origin = {file, lines.number()};
    if ((!exclusion && issue.code.empty()) || issue.phrase.empty()) {
      diagnostics->Error(file, lines.number(), "empty issue phrase or code");
      continue;
    }
    out->issues.push_back(std::move(issue));
  }
}

}  // namespace tacitus
