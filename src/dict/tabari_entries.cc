#include "dict/tabari_entries.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "base/strings.h"

namespace tacitus {
namespace {

// The marks before an element, in the order they are written.
constexpr char kAdjacentMark = '~';
constexpr char kOptionalMark = '?';
constexpr char kGroupMark = '>';

// What the line grammar gives a meaning to, so that a word holding it cannot be written.
constexpr std::string_view kReservedInWords = " \t/|#;_";
constexpr std::string_view kReservedInNames = "|#;";
constexpr std::string_view kReservedInCodes = " \t|#;~";

// TABARI's discard code "###", which our "#" would make a comment, as its actors and agents
// write it.
constexpr std::string_view kDiscardCode = "###";
constexpr std::string_view kDiscardWord = "DISCARD";

std::string CodeOut(const std::string& code) {
  return code == kDiscardCode ? std::string(kDiscardWord) : code;
}
std::string CodeIn(std::string_view code) {
  return std::string(code == kDiscardWord ? kDiscardCode : code);
}

bool Holds(std::string_view text, std::string_view reserved) {
  return text.find_first_of(reserved) != std::string_view::npos;
}

std::string_view NextField(std::string_view* rest) {
  *rest = Trim(*rest, kSpaceAndTab);
  const size_t end = std::min(rest->find_first_of(kSpaceAndTab), rest->size());
  const std::string_view field = rest->substr(0, end);
  *rest = Trim(rest->substr(end), kSpaceAndTab);
  return field;
}

// Why `word` (a lemma, a verb's head) cannot be written as one field; empty when it can.
std::string WordProblem(std::string_view word) {
  if (word.empty()) return "an empty word";
  if (Holds(word, kReservedInWords)) return "a word holds a blank, '_', '/', '|', '#' or ';'";
  if (std::string_view("~?>$+%^*").find(word.front()) != std::string_view::npos) {
    return "a word begins with one of ~ ? > $ + % ^ *";
  }
  return "";
}

std::string CodeField(const VerbPattern& pattern) {
  return pattern.paired_code.empty() ? pattern.code : pattern.code + ":" + pattern.paired_code;
}

// Appends " FIELD" for `element`; the reason when it cannot be written.
std::string WriteElement(const PatternElement& element, std::string* out) {
  std::string field;
  if (element.adjacent) field += kAdjacentMark;
  if (element.optional) field += kOptionalMark;
  if (element.in_group) field += kGroupMark;
  switch (element.kind) {
    case PatternElement::Kind::kSource:
      field += '$';
      break;
    case PatternElement::Kind::kTarget:
      field += '+';
      break;
    case PatternElement::Kind::kCompound:
      field += '%';
      break;
    case PatternElement::Kind::kSkip:
      field += '^';
      break;
    case PatternElement::Kind::kWord: {
      if (element.lemmas.empty()) return "an element without words";
      bool stems = false;
      for (size_t i = 0; i < element.lemmas.size(); ++i) {
        std::string lemma = element.lemmas[i];
        std::replace(lemma.begin(), lemma.end(), ' ', '_');
        if (lemma.find("__") != std::string::npos || lemma.starts_with('_') ||
            lemma.ends_with('_')) {
          return "a word holds a blank, '_', '/', '|', '#' or ';'";
        }
        std::string plain = element.lemmas[i];
        std::replace(plain.begin(), plain.end(), ' ', 'x');
        if (std::string problem = WordProblem(plain); !problem.empty()) return problem;
        stems = stems || lemma.ends_with('*');
        if (i > 0) field += '/';
        field += lemma;
      }
      if (stems != element.stems) return "a stem not marked by its final '*'";
      break;
    }
  }
  *out += ' ';
  *out += field;
  return "";
}

// Appends the elements; the reason when one cannot be written.
std::string WriteElements(const std::vector<PatternElement>& elements, std::string* out) {
  for (const PatternElement& element : elements) {
    if (std::string problem = WriteElement(element, out); !problem.empty()) return problem;
  }
  return "";
}

// What no tabari-* line holds: parts of our own patterns, never made by TABARI's reader.
std::string OwnPatternProblem(const VerbPattern& pattern) {
  if (pattern.nominal || !pattern.modifiers.empty() || !pattern.also_code.empty() ||
      !pattern.petrarch) {
    return "not a TABARI pattern (a noun, a modifier, a second code)";
  }
  if (Holds(pattern.code, kReservedInCodes) || Holds(pattern.paired_code, kReservedInCodes)) {
    return "a code holds a blank, '|', '#', ';' or '~'";
  }
  return "";
}

// The line of a verb form's default pattern, with the forms that it keys; the reason when it
// cannot be written.
std::string WriteVerbLine(std::string_view keyword, const VerbPattern& pattern,
                          const std::vector<const PetrarchVerbForm*>& forms, std::string* line) {
  *line = std::string(keyword) + " " + CodeField(pattern) + " " + pattern.head;
  if (std::string problem = OwnPatternProblem(pattern); !problem.empty()) return problem;
  if (!pattern.before.empty()) return "a verb form with words before the verb";
  if (std::string problem = WordProblem(pattern.head); !problem.empty()) return problem;
  if (std::string problem = WriteElements(pattern.elements, line); !problem.empty()) {
    return problem;
  }
  *line += " ;";
  for (size_t i = 0; i < forms.size(); ++i) {
    if (std::string problem = WordProblem(forms[i]->form); !problem.empty()) return problem;
    *line += i == 0 ? " " : " | ";
    *line += forms[i]->form;
    if (forms[i]->stem) *line += '*';
  }
  return "";
}

std::string WritePatternLine(const VerbPattern& pattern, std::string* line) {
  *line = "tabari-pattern " + CodeField(pattern);
  if (std::string problem = OwnPatternProblem(pattern); !problem.empty()) return problem;
  if (std::string problem = WriteElements(pattern.before, line); !problem.empty()) return problem;
  *line += " *";
  return WriteElements(pattern.elements, line);
}

// Appends `line`, or, when `problem` says it cannot be written, `line` as a comment saying
// why, counted in *left_out. Returns whether it was written.
bool Emit(const std::string& line, const std::string& problem, const Origin& origin,
          std::string* out, NotExpressible* left_out) {
  if (problem.empty()) {
    *out += line;
    *out += '\n';
    return true;
  }
  ++(*left_out)[problem];
  *out += "# not expressible (" + problem + "), " + origin.ToString() + ": " + line + "\n";
  return false;
}

}  // namespace

size_t WriteTabariVerbs(const PetrarchVerbDictionary& verbs, std::string* out,
                        NotExpressible* left_out) {
  // Each block's default patterns in the order their forms were read, each with its forms.
  std::vector<std::vector<uint32_t>> defaults(verbs.blocks.size());
  std::vector<std::vector<const PetrarchVerbForm*>> forms_of(verbs.patterns.size());
  for (const PetrarchVerbForm& form : verbs.forms) {
    if (forms_of[form.default_pattern].empty()) {
      defaults[form.block].push_back(form.default_pattern);
    }
    forms_of[form.default_pattern].push_back(&form);
  }
  size_t written = 0;
  for (size_t block = 0; block < verbs.blocks.size(); ++block) {
    bool opened = false;
    for (uint32_t index : defaults[block]) {
      const VerbPattern& pattern = verbs.patterns[index];
      std::string line;
      const std::string problem =
          WriteVerbLine(opened ? "tabari-form" : "tabari-verb", pattern, forms_of[index], &line);
      if (Emit(line, problem, pattern.origin, out, left_out)) opened = true;
    }
    if (!opened) {
      if (!verbs.blocks[block].empty()) {
        (*left_out)["patterns of a verb none of whose forms loaded: nothing reaches them"] +=
            verbs.blocks[block].size();
      }
      continue;
    }
    for (uint32_t index : verbs.blocks[block]) {
      const VerbPattern& pattern = verbs.patterns[index];
      std::string line;
      const std::string problem = WritePatternLine(pattern, &line);
      if (Emit(line, problem, pattern.origin, out, left_out)) ++written;
    }
  }
  return written;
}

size_t WriteTabariActors(const PetrarchEntries& entries, std::string* out,
                         NotExpressible* left_out) {
  std::vector<std::vector<std::string_view>> names(entries.actors.size());
  for (const NamedEntry& name : entries.actor_names) names[name.id].push_back(name.name);
  size_t written = 0;
  for (size_t id = 0; id < entries.actors.size(); ++id) {
    const Actor& actor = entries.actors[id];
    std::string line =
        "tabari-actor " + (actor.code.empty() ? std::string("-") : CodeOut(actor.code));
    std::string problem;
    if (Holds(CodeOut(actor.code), kReservedInCodes) || actor.code == "-" ||
        actor.code == kDiscardWord) {
      problem = "a code holds a blank, '|', '#', ';' or '~'";
    }
    for (size_t i = 0; i < names[id].size(); ++i) {
      line += i == 0 ? " " : " | ";
      line += names[id][i];
      if (Holds(names[id][i], kReservedInNames)) problem = "a name holds '|', '#' or ';'";
    }
    for (const DatedRole& role : actor.roles) {
      line += " ; " + CodeOut(role.code) + " " + role.from.ToString() + ".." +
              (role.to ? role.to->ToString() : "");
      if (Holds(CodeOut(role.code), kReservedInCodes) || role.code == kDiscardWord) {
        problem = "a code holds a blank, '|', '#', ';' or '~'";
      }
    }
    if (names[id].empty()) problem = "an actor without a name";
    if (Emit(line, problem, actor.origin, out, left_out)) ++written;
  }
  return written;
}

size_t WriteTabariAgents(const PetrarchEntries& entries, std::string* out,
                         NotExpressible* left_out) {
  size_t written = 0;
  for (size_t first = 0; first < entries.agents.size();) {
    const Agent& agent = entries.agents[first];
    size_t end = first + 1;
    while (end < entries.agents.size() && entries.agents[end].origin.file == agent.origin.file &&
           entries.agents[end].origin.line == agent.origin.line &&
           entries.agents[end].code == agent.code && entries.agents[end].prefix == agent.prefix) {
      ++end;
    }
    const std::string code = CodeOut(agent.code);
    std::string line = "tabari-agent " + (agent.prefix ? code + "~" : "~" + code);
    std::string problem;
    if (Holds(code, kReservedInCodes) || agent.code == kDiscardWord)
      problem = "a code holds a blank, '|', '#', ';' or '~'";
    for (size_t i = first; i < end; ++i) {
      line += i == first ? " " : " | ";
      line += entries.agents[i].name;
      if (Holds(entries.agents[i].name, kReservedInNames) || entries.agents[i].name.empty()) {
        problem = "a name holds '|', '#' or ';'";
      }
    }
    if (Emit(line, problem, agent.origin, out, left_out)) ++written;
    first = end;
  }
  return written;
}

namespace {

// Reads one element field into `element`; the reason when malformed.
std::string ParseElement(std::string_view field, PatternElement* element) {
  if (field.starts_with(kAdjacentMark)) {
    element->adjacent = true;
    field.remove_prefix(1);
  }
  if (field.starts_with(kOptionalMark)) {
    element->optional = true;
    field.remove_prefix(1);
  }
  if (field.starts_with(kGroupMark)) {
    element->in_group = true;
    field.remove_prefix(1);
  }
  static constexpr std::pair<std::string_view, PatternElement::Kind> kKinds[] = {
      {"$", PatternElement::Kind::kSource},
      {"+", PatternElement::Kind::kTarget},
      {"%", PatternElement::Kind::kCompound},
      {"^", PatternElement::Kind::kSkip}};
  for (const auto& [mark, kind] : kKinds) {
    if (field == mark) {
      element->kind = kind;
      return "";
    }
  }
  if (field.empty() || field == "*") return "an element without words";
  for (std::string_view lemma : SplitOn(field, '/')) {
    if (lemma.empty()) return "an empty word between '/'";
    std::string words(lemma);
    std::replace(words.begin(), words.end(), '_', ' ');
    element->stems = element->stems || words.ends_with('*');
    element->lemmas.push_back(std::move(words));
  }
  return "";
}

// The fields of `text` as elements, appended to `elements`; the reason when one is malformed.
std::string ParseElements(std::string_view text, std::vector<PatternElement>* elements) {
  for (std::string_view field : SplitWords(text, kSpaceAndTab)) {
    PatternElement element;
    if (std::string problem = ParseElement(field, &element); !problem.empty()) return problem;
    elements->push_back(std::move(element));
  }
  return "";
}

// "USAGOV 1993-01-20..2001-01-21" or "USAGOV 2001-01-20.."; nullopt when malformed.
std::optional<DatedRole> ParseRole(std::string_view text) {
  const std::vector<std::string_view> fields = SplitWords(text, kSpaceAndTab);
  if (fields.size() != 2) return std::nullopt;
  const size_t dots = fields[1].find("..");
  if (dots == std::string_view::npos) return std::nullopt;
  DatedRole role;
  role.code = CodeIn(fields[0]);
  const std::optional<Date> from = Date::ParseIso(fields[1].substr(0, dots));
  if (!from) return std::nullopt;
  role.from = *from;
  if (const std::string_view to = fields[1].substr(dots + 2); !to.empty()) {
    role.to = Date::ParseIso(to);
    if (!role.to || *role.to < role.from) return std::nullopt;
  }
  return role;
}

// The names of "a | b c": each trimmed, inner blanks as single spaces; false if one is empty.
bool SplitNames(std::string_view text, std::vector<std::string>* names) {
  for (std::string_view name : SplitOn(text, '|')) {
    std::string words;
    for (std::string_view word : SplitWords(name, kSpaceAndTab)) {
      if (!words.empty()) words += ' ';
      words += word;
    }
    if (words.empty()) return false;
    names->push_back(std::move(words));
  }
  return true;
}

}  // namespace

bool TabariEntryParser::Parse(std::string_view keyword, std::string_view rest,
                              const Origin& origin) {
  if (keyword == "tabari-verb" || keyword == "tabari-form") {
    ParseVerbLine(keyword == "tabari-verb", rest, origin);
  } else if (keyword == "tabari-pattern") {
    ParsePattern(rest, origin);
  } else if (keyword == "tabari-actor") {
    ParseActor(rest, origin);
  } else if (keyword == "tabari-agent") {
    ParseAgent(rest, origin);
  } else {
    return false;
  }
  return true;
}

void TabariEntryParser::ParseVerbLine(bool new_block, std::string_view rest, const Origin& origin) {
  if (!new_block && !have_verb_) {
    diagnostics_->Error(origin.file, origin.line, "tabari-form without a tabari-verb before it");
    return;
  }
  const size_t semicolon = rest.find(';');
  if (semicolon == std::string_view::npos) {
    diagnostics_->Error(origin.file, origin.line, "no '; FORM | FORM ...' after the verb");
    return;
  }
  std::string_view pattern_text = rest.substr(0, semicolon);
  VerbPattern pattern;
  const std::string_view code = NextField(&pattern_text);
  if (!ParsePetrarchCode("[" + std::string(code) + "]", &pattern.code, &pattern.paired_code)) {
    diagnostics_->Error(origin.file, origin.line, "malformed code " + Excerpt(code));
    return;
  }
  pattern.head = std::string(NextField(&pattern_text));
  if (std::string problem = WordProblem(pattern.head);
      !problem.empty() || pattern.head.find('*') != std::string::npos) {
    diagnostics_->Error(origin.file, origin.line, "the verb must begin with a word");
    return;
  }
  if (std::string problem = ParseElements(pattern_text, &pattern.elements); !problem.empty()) {
    diagnostics_->Error(origin.file, origin.line, problem);
    return;
  }
  std::vector<PetrarchVerbForm> forms;
  for (std::string_view form : SplitOn(rest.substr(semicolon + 1), '|')) {
    form = Trim(form, kSpaceAndTab);
    PetrarchVerbForm made;
    made.stem = form.ends_with('*');
    if (made.stem) form.remove_suffix(1);
    if (!WordProblem(form).empty()) {
      diagnostics_->Error(origin.file, origin.line, "malformed verb form " + Excerpt(form));
      return;
    }
    made.form = std::string(form);
    forms.push_back(std::move(made));
  }
  PetrarchVerbDictionary& verbs = parsed_.verbs;
  if (new_block) {
    verbs.blocks.emplace_back();
    ++verbs.verbs;
    have_verb_ = true;
  }
  pattern.petrarch = true;
  pattern.text = std::string(Trim(rest, kSpaceAndTab));
  pattern.origin = origin;
  const auto index = static_cast<uint32_t>(verbs.patterns.size());
  verbs.patterns.push_back(std::move(pattern));
  for (PetrarchVerbForm& form : forms) {
    form.default_pattern = index;
    form.block = static_cast<uint32_t>(verbs.blocks.size() - 1);
    verbs.forms.push_back(std::move(form));
  }
}

void TabariEntryParser::ParsePattern(std::string_view rest, const Origin& origin) {
  if (!have_verb_) {
    diagnostics_->Error(origin.file, origin.line, "tabari-pattern without a tabari-verb before it");
    return;
  }
  VerbPattern pattern;
  std::string_view text = rest;
  const std::string_view code = NextField(&text);
  if (!ParsePetrarchCode("[" + std::string(code) + "]", &pattern.code, &pattern.paired_code)) {
    diagnostics_->Error(origin.file, origin.line, "malformed code " + Excerpt(code));
    return;
  }
  const std::vector<std::string_view> fields = SplitWords(text, kSpaceAndTab);
  const auto star = std::find(fields.begin(), fields.end(), "*");
  if (star == fields.end() || std::find(star + 1, fields.end(), "*") != fields.end()) {
    diagnostics_->Error(origin.file, origin.line, "a pattern needs one '*' for its verb");
    return;
  }
  for (auto field = fields.begin(); field != fields.end(); ++field) {
    if (field == star) continue;
    PatternElement element;
    if (std::string problem = ParseElement(*field, &element); !problem.empty()) {
      diagnostics_->Error(origin.file, origin.line, problem);
      return;
    }
    (field < star ? pattern.before : pattern.elements).push_back(std::move(element));
  }
  pattern.petrarch = true;
  pattern.text = std::string(Trim(rest, kSpaceAndTab));
  pattern.origin = origin;
  PetrarchVerbDictionary& verbs = parsed_.verbs;
  verbs.blocks.back().push_back(static_cast<uint32_t>(verbs.patterns.size()));
  verbs.patterns.push_back(std::move(pattern));
}

void TabariEntryParser::ParseActor(std::string_view rest, const Origin& origin) {
  const std::vector<std::string_view> parts = SplitOn(rest, ';');
  std::string_view head = parts.front();
  Actor actor;
  actor.code = CodeIn(NextField(&head));
  if (actor.code == "-") actor.code.clear();
  std::vector<std::string> names;
  if (!SplitNames(head, &names)) {
    diagnostics_->Error(origin.file, origin.line, "an empty actor name");
    return;
  }
  for (size_t i = 1; i < parts.size(); ++i) {
    std::optional<DatedRole> role = ParseRole(parts[i]);
    if (!role) {
      diagnostics_->Error(origin.file, origin.line,
                          "malformed dated code " + Excerpt(Trim(parts[i], kSpaceAndTab)) +
                              " (CODE YYYY-MM-DD..YYYY-MM-DD, the end optional)");
      return;
    }
    actor.roles.push_back(std::move(*role));
  }
  if (actor.code.empty() && actor.roles.empty()) {
    diagnostics_->Error(origin.file, origin.line, "an actor without a code");
    return;
  }
  actor.kind = actor.roles.empty() ? ActorKind::kOrganisation : ActorKind::kPerson;
  actor.name = names.front();
  actor.origin = origin;
  PetrarchEntries& entries = parsed_.entries;
  const auto id = static_cast<uint32_t>(entries.actors.size());
  entries.actors.push_back(std::move(actor));
  for (std::string& name : names) entries.actor_names.push_back({std::move(name), id});
}

void TabariEntryParser::ParseAgent(std::string_view rest, const Origin& origin) {
  Agent agent;
  std::string_view code = NextField(&rest);
  agent.prefix = code.ends_with('~');
  if (!agent.prefix && !code.starts_with('~')) {
    diagnostics_->Error(origin.file, origin.line, "agent code must be ~CODE or CODE~");
    return;
  }
  code = agent.prefix ? code.substr(0, code.size() - 1) : code.substr(1);
  if (code.empty() || Holds(code, kReservedInCodes)) {
    diagnostics_->Error(origin.file, origin.line, "malformed agent code");
    return;
  }
  agent.code = CodeIn(code);
  agent.origin = origin;
  std::vector<std::string> names;
  if (!SplitNames(rest, &names)) {
    diagnostics_->Error(origin.file, origin.line, "an empty agent name");
    return;
  }
  PetrarchEntries& entries = parsed_.entries;
  ++entries.agent_lines;
  for (std::string& name : names) {
    agent.name = name;
    entries.agent_names.push_back({std::move(name), static_cast<uint32_t>(entries.agents.size())});
    entries.agents.push_back(agent);
  }
}

TabariEntries TabariEntryParser::Finish() && {
  KeyPetrarchPatternWords(&parsed_.verbs.patterns);
  return std::move(parsed_);
}

}  // namespace tacitus
