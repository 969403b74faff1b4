#include "dict/entry_parser.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
#include <utility>

#include "base/files.h"
#include "base/strings.h"

namespace tacitus {
namespace {

// Fields and words of an entry are separated by spaces and tabs only (kSpaceAndTab).
// The next such field of *rest, removed from it.
std::string_view NextField(std::string_view* rest) {
  *rest = Trim(*rest, kSpaceAndTab);
  const size_t end = std::min(rest->find_first_of(kSpaceAndTab), rest->size());
  const std::string_view field = rest->substr(0, end);
  *rest = Trim(rest->substr(end), kSpaceAndTab);
  return field;
}

// The fields of `s` between `separator`s, each without the blanks around it.
std::vector<std::string_view> SplitTrimmed(std::string_view s, char separator) {
  std::vector<std::string_view> fields = SplitOn(s, separator);
  for (std::string_view& field : fields) field = Trim(field, kSpaceAndTab);
  return fields;
}

// A field of the line in quotes, cut short when long (a 10 MB field is no 10 MB message).
std::string Quoted(std::string_view s) { return "'" + Excerpt(s) + "'"; }

bool Overlap(const DatedRole& a, const DatedRole& b) {
  return (!a.to || b.from < *a.to) && (!b.to || a.from < *b.to);
}

std::string RangeText(const DatedRole& role) {
  return role.from.ToString() + ".." + (role.to ? role.to->ToString() : "");
}

// A pattern element's word or {a/b} alternatives, already stripped of "(...)".
std::string ParseWords(std::string_view word, PatternElement* element) {
  if (word.front() == '{' || word.back() == '}') {
    if (word.size() < 3 || word.front() != '{' || word.back() != '}') {
      return "unbalanced '{' in " + Quoted(word);
    }
    for (std::string_view lemma : SplitTrimmed(word.substr(1, word.size() - 2), '/')) {
      if (lemma.empty() || lemma.find_first_of("{}()+") != std::string_view::npos) {
        return "bad alternative in " + Quoted(word);
      }
      element->lemmas.push_back(AsciiLowercase(lemma));
      element->lemma_bits |= LemmaBit(element->lemmas.back());
    }
    return {};
  }
  if (word.find_first_of("{}()/") != std::string_view::npos) {
    return "unbalanced or misplaced bracket or '/' in " + Quoted(word);
  }
  element->lemmas.push_back(AsciiLowercase(word));
  element->lemma_bits = LemmaBit(element->lemmas.back());
  return {};
}

// Prepositions, which end the words before a noun pattern's head ("strike on +T").
bool IsPreposition(std::string_view word) {
  static constexpr std::string_view kPrepositions[] = {
      "about",  "across",  "after",   "against", "along",  "amid",   "among",   "at",
      "before", "behind",  "between", "by",      "during", "for",    "from",    "in",
      "inside", "into",    "near",    "of",      "on",     "over",   "through", "to",
      "toward", "towards", "under",   "upon",    "with",   "within", "without"};
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), word) !=
         std::end(kPrepositions);
}

size_t NounHeadIndex(const std::vector<PatternElement>& elements) {
  size_t head = 0;
  for (size_t i = 1; i < elements.size(); ++i) {
    const PatternElement& e = elements[i];
    if (e.kind != PatternElement::Kind::kWord || e.optional ||
        std::any_of(e.lemmas.begin(), e.lemmas.end(), IsPreposition)) {
      break;
    }
    head = i;
  }
  return head;
}

}  // namespace

std::string ParsePatternElements(std::string_view pattern, std::vector<PatternElement>* elements) {
  elements->clear();
  bool have_target = false, have_source = false;
  for (std::string_view word : SplitWords(pattern, kSpaceAndTab)) {
    PatternElement element;
    if (word.front() == '(' || word.back() == ')') {
      if (word.size() < 3 || word.front() != '(' || word.back() != ')') {
        return "unbalanced '(' in " + Quoted(word);
      }
      element.optional = true;
      word = word.substr(1, word.size() - 2);
    }
    if (word == "+T" || word == "+S") {
      const bool target = word == "+T";
      if (element.optional) return Quoted(word) + " cannot be optional";
      bool& seen = target ? have_target : have_source;
      if (seen) return std::string(word) + " given twice";
      seen = true;
      element.kind = target ? PatternElement::Kind::kTarget : PatternElement::Kind::kSource;
    } else if (word.front() == '+') {
      return "unknown slot " + Quoted(word) + " (expected +T or +S)";
    } else if (std::string problem = ParseWords(word, &element); !problem.empty()) {
      return problem;
    }
    elements->push_back(std::move(element));
  }
  if (elements->empty()) return "empty pattern";
  const PatternElement& head = elements->front();
  if (head.kind != PatternElement::Kind::kWord || head.optional) {
    return "a pattern starts with its verb or noun (not a slot or an optional word)";
  }
  return {};
}

EntryParser::EntryParser(const CameoTables& cameo, Diagnostics* diagnostics)
    : cameo_(cameo), diagnostics_(diagnostics), tabari_(diagnostics) {}

void EntryParser::AddAt(Severity severity, const Origin& origin, std::string_view at,
                        std::string_view reason) {
  uint32_t column = 0;
  if (!at.empty() && std::less_equal<>()(line_.data(), at.data()) &&
      std::less<>()(at.data(), line_.data() + line_.size())) {
    column = static_cast<uint32_t>(at.data() - line_.data()) + 1;
  }
  diagnostics_->Add({std::string(origin.file), origin.line, column, severity, std::string(reason)});
}

void EntryParser::CheckTrailingComment(std::string_view comment, const Origin& origin) {
  const size_t bar = comment.find('|');
  if (bar == std::string_view::npos) return;
  AddAt(Severity::kWarning, origin, comment.substr(bar),
        "'|' in the comment: the entry ends at '#', so what follows is not loaded (a comment "
        "goes after the last name or pattern)");
}

std::string EntryParser::NameKey(std::string_view name) {
  segmenter_.Segment(name, &scratch_);
  std::string key;
  std::span<const Token> tokens = scratch_.tokens;
  if (tokens.size() > 1 && tokens.front().text == "the") tokens = tokens.subspan(1);
  for (const Token& token : tokens) {
    if (!key.empty()) key += ' ';
    key += token.has(kAllCaps) ? token.text : token.lower;
  }
  return key;
}

bool EntryParser::SplitNames(std::string_view names, const Origin& origin,
                             std::vector<std::string>* out) {
  out->clear();
  bool ok = true;
  if (names.empty()) {
    Error(origin, "no names");
    return false;
  }
  for (std::string_view name : SplitTrimmed(names, '|')) {
    if (name.empty()) {
      Error(origin, "empty name in the list");
      ok = false;
      continue;
    }
    segmenter_.Segment(name, &scratch_);
    if (scratch_.tokens.size() > PhraseIndex::kMaxNameTokens) {
      ErrorAt(origin, name,
              "name " + Quoted(name) + " is longer than " +
                  std::to_string(PhraseIndex::kMaxNameTokens) + " tokens");
      ok = false;
      continue;
    }
    out->emplace_back(name);
  }
  return ok;
}

void EntryParser::ClaimName(std::string_view kind_tag, std::string_view name, std::string_view code,
                            const Origin& origin) {
  std::string key = std::string(kind_tag) + '\t' + NameKey(name);
  auto [it, added] = claims_.try_emplace(std::move(key), Claim{std::string(code), origin});
  if (!added && it->second.code != code) {
    Error(origin, std::string(kind_tag) + " " + Quoted(name) +
                      " given twice with different codes: " + Excerpt(it->second.code) + " at " +
                      it->second.origin.ToString() + ", " + Excerpt(code) + " here");
  }
}

void EntryParser::ParseFile(FileKind kind, std::string_view file, std::string_view text) {
  static constexpr std::pair<std::string_view, ActorKind> kActorKinds[] = {
      {"country", ActorKind::kCountry}, {"adjective", ActorKind::kAdjective},
      {"people", ActorKind::kPeople},   {"capital", ActorKind::kCapital},
      {"seat", ActorKind::kSeat},       {"region", ActorKind::kRegion},
      {"org", ActorKind::kOrganisation}};
  std::string_view line;
  Origin origin{file, 0};
  while (NextLine(&text, &line)) {
    ++origin.line;
    line_ = line;
    const size_t comment = line.find('#');
    std::string_view rest = Trim(line.substr(0, comment), kSpaceAndTab);
    if (rest.empty()) continue;
    const std::string_view keyword = NextField(&rest);
    bool known = false;
    if (keyword.starts_with("tabari-")) {
      const bool verb_line =
          keyword == "tabari-verb" || keyword == "tabari-form" || keyword == "tabari-pattern";
      const FileKind wanted = verb_line                   ? FileKind::kVerbs
                              : keyword == "tabari-agent" ? FileKind::kAgents
                                                          : FileKind::kActors;
      if (kind == wanted) known = tabari_.Parse(keyword, rest, origin);
    }
    switch (kind) {
      case FileKind::kActors:
        for (const auto& [name, actor_kind] : kActorKinds) {
          if (keyword == name) {
            ParseActor(actor_kind, rest, origin);
            known = true;
          }
        }
        if (keyword == "person") {
          ParsePerson(rest, origin);
          known = true;
        }
        break;
      case FileKind::kAgents:
        if (keyword == "agent") {
          ParseAgent(rest, origin);
          known = true;
        }
        if (keyword == "doer") {
          ParseDoer(rest, origin);
          known = true;
        }
        break;
      case FileKind::kVerbs:
        if (keyword == "verb" || keyword == "noun") {
          ParsePatterns(keyword == "noun", rest, origin);
          known = true;
        }
        if (keyword == "intent") {
          ParseIntent(rest, origin);
          known = true;
        }
        break;
      case FileKind::kDiscards:
        if (keyword == "discard") {
          ParseDiscards(rest, origin);
          known = true;
        }
        break;
      case FileKind::kEvaluations:
        if (keyword == "evaluation") {
          ParseEvaluations(rest, origin);
          known = true;
        }
        break;
    }
    if (!known) {
      static constexpr std::string_view kExpected[] = {
          "country, adjective, people, capital, seat, region, org, person or tabari-actor",
          "agent, doer or tabari-agent",
          "verb, noun, intent, tabari-verb, tabari-form or tabari-pattern", "discard",
          "evaluation"};
      ErrorAt(origin, keyword,
              "unknown entry kind " + Quoted(keyword) + " (expected " +
                  std::string(kExpected[static_cast<int>(kind)]) + ")");
    }
    if (comment != std::string_view::npos) CheckTrailingComment(line.substr(comment), origin);
  }
  tabari_.EndFile();
}

void EntryParser::ParseActor(ActorKind kind, std::string_view rest, const Origin& origin) {
  const std::string_view code = NextField(&rest);
  if (code.empty()) {
    Error(origin, "missing code");
    return;
  }
  const uint8_t parts = code.size() == 3 ? cameo_.PartKinds(code) : 0;
  std::string problem;
  switch (kind) {
    case ActorKind::kCountry:
    case ActorKind::kCapital:
      if ((parts & CameoTables::kCountry) == 0)
        problem = Quoted(code) + " is not a CAMEO country code";
      break;
    case ActorKind::kAdjective:
    case ActorKind::kPeople:
      if ((parts & (CameoTables::kCountry | CameoTables::kRegion)) == 0) {
        problem = Quoted(code) + " is not a CAMEO country or region code";
      }
      break;
    case ActorKind::kRegion:
      if ((parts & CameoTables::kRegion) == 0)
        problem = Quoted(code) + " is not a CAMEO region code";
      break;
    case ActorKind::kSeat:
    case ActorKind::kOrganisation:
    case ActorKind::kPerson:
      problem = cameo_.ActorCodeProblem(code);
      break;
  }
  if (!problem.empty()) ErrorAt(origin, code, problem);
  std::vector<std::string> names;
  SplitNames(rest, origin, &names);
  if (names.empty()) return;
  const uint32_t id = static_cast<uint32_t>(parsed_.actors.size());
  parsed_.actors.push_back(Actor{kind, std::string(code), {}, names.front(), origin});
  for (const std::string& name : names) {
    segmenter_.Segment(name, &scratch_);
    actor_builder_.Add(scratch_.tokens, id);
    ClaimName(ActorKindName(kind), name, code, origin);
    ++parsed_.actor_names_written;
  }
}

void EntryParser::ParsePerson(std::string_view rest, const Origin& origin) {
  const std::vector<std::string_view> segments = SplitTrimmed(rest, ';');
  Actor person{ActorKind::kPerson, "", {}, "", origin};
  if (segments.size() < 2)
    Error(origin, "person without a role (NAME | ... ; CODE FROM..TO WORDS)");
  for (size_t i = 1; i < segments.size(); ++i) {
    std::string_view role_text = segments[i];
    DatedRole role;
    const std::string_view code = NextField(&role_text);
    role.code = std::string(code);
    const std::string_view range = NextField(&role_text);
    role.words = std::string(role_text);
    if (role.code.empty()) {
      Error(origin, "empty role");
      continue;
    }
    if (std::string problem = cameo_.ActorCodeProblem(role.code); !problem.empty()) {
      ErrorAt(origin, code, problem);
    }
    const size_t dots = range.find("..");
    if (dots == std::string_view::npos) {
      ErrorAt(origin, range,
              "role " + Excerpt(role.code) + ": date range " + Quoted(range) +
                  " is not FROM..TO (YYYY-MM-DD..YYYY-MM-DD, TO may be empty)");
      continue;
    }
    const std::optional<Date> from = Date::ParseIso(range.substr(0, dots));
    const std::string_view to_text = range.substr(dots + 2);
    const std::optional<Date> to = Date::ParseIso(to_text);
    if (!from) {
      ErrorAt(origin, range,
              "bad date " + Quoted(range.substr(0, dots)) + " (expected YYYY-MM-DD)");
    }
    if (!to_text.empty() && !to) {
      ErrorAt(origin, to_text, "bad date " + Quoted(to_text) + " (expected YYYY-MM-DD)");
    }
    if (!from || (!to_text.empty() && !to)) continue;
    role.from = *from;
    role.to = to;
    if (to && *to <= *from) {
      ErrorAt(origin, range,
              "role " + Excerpt(role.code) + ": TO " + to->ToString() + " is not after FROM " +
                  from->ToString());
      continue;
    }
    if (role.words.empty()) {
      ErrorAt(origin, range, "role " + Excerpt(role.code) + " " + Excerpt(range) + " has no words");
    }
    person.roles.push_back(std::move(role));
  }
  std::sort(person.roles.begin(), person.roles.end(),
            [](const DatedRole& a, const DatedRole& b) { return a.from < b.from; });
  for (size_t i = 1; i < person.roles.size(); ++i) {
    if (Overlap(person.roles[i - 1], person.roles[i])) {
      Error(origin, "roles overlap: " + RangeText(person.roles[i - 1]) + " and " +
                        RangeText(person.roles[i]));
    }
  }
  std::vector<std::string> names;
  SplitNames(segments.front(), origin, &names);
  if (names.empty()) return;
  person.name = names.front();
  const uint32_t id = static_cast<uint32_t>(parsed_.actors.size());
  parsed_.actors.push_back(std::move(person));
  for (const std::string& name : names) {
    segmenter_.Segment(name, &scratch_);
    actor_builder_.Add(scratch_.tokens, id);
    std::vector<uint32_t>& same_name = person_names_[NameKey(name)];
    if (same_name.empty() || same_name.back() != id) same_name.push_back(id);
    ++parsed_.actor_names_written;
  }
}

std::string_view EntryParser::RoleCodeField(std::string_view* rest, const Origin& origin) {
  const std::string_view code = NextField(rest);
  if (code.empty()) {
    Error(origin, "missing code");
  } else if (std::string problem = cameo_.RoleCodeProblem(code); !problem.empty()) {
    ErrorAt(origin, code, problem);
  }
  return code;
}

void EntryParser::ParseAgent(std::string_view rest, const Origin& origin) {
  const std::string_view code = RoleCodeField(&rest, origin);
  if (code.empty()) return;
  ++parsed_.agent_lines;
  std::vector<std::string> names;
  SplitNames(rest, origin, &names);
  for (const std::string& name : names) {
    segmenter_.Segment(name, &scratch_);
    agent_builder_.Add(scratch_.tokens, static_cast<uint32_t>(parsed_.agents.size()));
    parsed_.agents.push_back(Agent{std::string(code), name, origin});
    ClaimName("agent", name, code, origin);
  }
}

void EntryParser::ParseDoer(std::string_view rest, const Origin& origin) {
  const std::string_view code = RoleCodeField(&rest, origin);
  if (code.empty()) return;
  std::vector<std::string> verbs;
  SplitNames(rest, origin, &verbs);
  for (const std::string& verb : verbs) {
    if (verb.find(' ') != std::string::npos) {
      Error(origin, "a doer's verb is one lemma: " + Quoted(verb));
      continue;
    }
    parsed_.doers.push_back(Doer{std::string(code), verb, origin});
    ClaimName("doer", verb, code, origin);
  }
}

void EntryParser::ParsePatterns(bool nominal, std::string_view rest, const Origin& origin) {
  const std::string_view codes = NextField(&rest);
  if (codes.empty()) {
    Error(origin, "missing code");
    return;
  }
  // CODE, CODE:PAIRED (the reverse event too) or CODE+ALSO (a second event, same direction).
  const size_t colon = codes.find(':');
  const size_t plus = codes.find('+');
  const size_t code_end = std::min(colon, plus);
  const std::string_view code = codes.substr(0, code_end);
  const std::string_view paired = colon == std::string_view::npos ? "" : codes.substr(colon + 1);
  const std::string_view also = plus == std::string_view::npos ? "" : codes.substr(plus + 1);
  bool codes_ok = true;
  if (colon != std::string_view::npos && plus != std::string_view::npos) {
    ErrorAt(origin, codes, "a code is paired (':') or doubled ('+'), not both");
    codes_ok = false;
  }
  const bool single = code_end == std::string_view::npos;
  const bool written[] = {true, colon != std::string_view::npos, plus != std::string_view::npos};
  const std::string_view all[] = {code, paired, also};
  for (size_t i = 0; codes_ok && i < std::size(all); ++i) {
    const std::string_view c = all[i];
    if (!written[i]) continue;
    if (c == kNoEventCode && single) continue;
    if (cameo_.FindEventType(c) == nullptr) {
      ErrorAt(origin, c, "unknown CAMEO event code " + Quoted(c));
      codes_ok = false;
    }
  }
  if (rest.empty()) {
    Error(origin, "no patterns");
    return;
  }
  std::vector<PatternElement> elements;
  for (std::string_view text : SplitTrimmed(rest, '|')) {
    if (std::string problem = ParsePatternElements(text, &elements); !problem.empty()) {
      ErrorAt(origin, text, "pattern " + Quoted(text) + ": " + problem);
      continue;
    }
    ++(nominal ? parsed_.noun_patterns_written : parsed_.verb_patterns_written);
    std::string normalized(nominal ? "noun" : "verb");
    for (std::string_view word : SplitWords(text, kSpaceAndTab)) {
      normalized += ' ';
      normalized += AsciiLowercase(word);
    }
    if (codes_ok) ClaimName("pattern", normalized, codes, origin);
    // A noun pattern's head is the last noun of its opening words: "{phone/telephone} call
    // with +T" is an event "call" whose phrase holds "phone" or "telephone" before it.
    const size_t head_index = nominal ? NounHeadIndex(elements) : 0;
    const PatternElement& head = elements[head_index];
    for (const std::string& lemma : head.lemmas) {
      VerbPattern& pattern = parsed_.patterns.emplace_back();
      pattern.code = code;
      pattern.paired_code = paired;
      pattern.also_code = also;
      pattern.nominal = nominal;
      pattern.head = lemma;
      pattern.modifiers.assign(elements.begin(), elements.begin() + head_index);
      pattern.elements.assign(elements.begin() + head_index + 1, elements.end());
      pattern.text = text;
      pattern.origin = origin;
    }
  }
}

void EntryParser::ParseIntent(std::string_view rest, const Origin& origin) {
  const std::string_view act = NextField(&rest);
  const std::string_view intent = NextField(&rest);
  if (intent.empty()) {
    Error(origin, "an intent line is 'intent ACT INTENT', two CAMEO codes");
    return;
  }
  if (!rest.empty()) {
    ErrorAt(origin, rest, "more than two codes");
    return;
  }
  if (cameo_.FindEventType(act) == nullptr) {
    ErrorAt(origin, act, "unknown CAMEO event code " + Quoted(act));
    return;
  }
  if (cameo_.FindEventType(intent) == nullptr ||
      !(intent.starts_with("03") || intent.starts_with("13"))) {
    ErrorAt(origin, intent, Quoted(intent) + " is not a CAMEO code of intent (root 03 or 13)");
    return;
  }
  for (const IntentCode& earlier : parsed_.intent_codes) {
    if (earlier.act == act) {
      ErrorAt(origin, act,
              "act " + Quoted(act) + " already has an intent code at line " +
                  std::to_string(earlier.origin.line));
      return;
    }
  }
  parsed_.intent_codes.push_back(IntentCode{std::string(act), std::string(intent), origin});
}

void EntryParser::ParseDiscards(std::string_view rest, const Origin& origin) {
  const std::string_view scope = NextField(&rest);
  if (scope != "sentence" && scope != "story") {
    ErrorAt(origin, scope, "discard scope " + Quoted(scope) + " is not 'sentence' or 'story'");
    return;
  }
  std::vector<std::string> phrases;
  SplitNames(rest, origin, &phrases);
  for (const std::string& phrase : phrases) {
    segmenter_.Segment(phrase, &scratch_);
    discard_builder_.Add(scratch_.tokens, static_cast<uint32_t>(parsed_.discards.size()));
    parsed_.discards.push_back(Discard{scope == "story", phrase, origin});
  }
}

void EntryParser::ParseEvaluations(std::string_view rest, const Origin& origin) {
  const std::string_view code = NextField(&rest);
  // An evaluation pinned on an act or an actor is disapproval, whatever its words.
  if (cameo_.FindEventType(code) == nullptr || !code.starts_with("11")) {
    ErrorAt(origin, code, Quoted(code) + " is not a CAMEO code of disapproval (root 11)");
    return;
  }
  std::vector<std::string> words;
  SplitNames(rest, origin, &words);
  for (const std::string& written : words) {
    std::string_view word = written;
    const bool negated = word.starts_with("not ");
    if (negated) word = Trim(word.substr(4), kSpaceAndTab);
    segmenter_.Segment(word, &scratch_);
    // Matched on one token's lower-case form: one lower-case word ("ill-advised" is one).
    if (scratch_.tokens.size() != 1 || scratch_.tokens[0].lower != word) {
      Error(origin,
            "evaluation " + Quoted(written) + " is not one lower-case word, or 'not' and one");
      continue;
    }
    const std::string key = negated ? "not " + std::string(word) : std::string(word);
    auto [it, added] = evaluation_words_.try_emplace(key, origin);
    if (!added) {
      Error(origin, "evaluation " + Quoted(key) + " already given at " + it->second.ToString());
      continue;
    }
    VerbPattern pattern;
    pattern.code = std::string(code);
    pattern.head = std::string(word);
    pattern.text = key;
    pattern.origin = origin;
    parsed_.evaluations.push_back(std::move(pattern));
  }
}

ParsedDictionaries EntryParser::Finish() && {
  // Two people may share a name ("Bush") as long as a story's date tells them apart or they
  // would be coded alike; otherwise the name is ambiguous.
  std::set<std::pair<uint32_t, uint32_t>> reported;
  for (const auto& [key, ids] : person_names_) {
    for (size_t i = 0; i < ids.size(); ++i) {
      for (size_t j = i + 1; j < ids.size(); ++j) {
        const Actor& a = parsed_.actors[ids[i]];
        const Actor& b = parsed_.actors[ids[j]];
        for (const DatedRole& ra : a.roles) {
          for (const DatedRole& rb : b.roles) {
            if (ra.code == rb.code || !Overlap(ra, rb) ||
                !reported.emplace(ids[i], ids[j]).second) {
              continue;
            }
            Error(b.origin, "name " + Quoted(key) + " also names " + Excerpt(a.name) + " (" +
                                a.origin.ToString() + ") with code " + Excerpt(ra.code) +
                                " at the same time as " + Excerpt(rb.code) + " here");
          }
        }
      }
    }
  }
  parsed_.actor_names = std::move(actor_builder_).Build();
  parsed_.agent_names = std::move(agent_builder_).Build();
  parsed_.discard_phrases = std::move(discard_builder_).Build();
  parsed_.tabari = std::move(tabari_).Finish();
  CheckOneRuleSet();
  return std::move(parsed_);
}

void EntryParser::CheckOneRuleSet() {
  if (parsed_.tabari.empty()) return;
  const Origin* ours = nullptr;
  const auto first = [&ours](const auto& entries) {
    if (ours == nullptr && !entries.empty()) ours = &entries.front().origin;
  };
  first(parsed_.actors);
  first(parsed_.agents);
  first(parsed_.doers);
  first(parsed_.patterns);
  first(parsed_.intent_codes);
  first(parsed_.discards);
  first(parsed_.evaluations);
  if (ours == nullptr) return;
  Error(*ours,
        "an entry of ours in a directory with tabari-* entries: a directory is coded either by "
        "our rules or by TABARI's, so it holds one kind or the other");
}

}  // namespace tacitus
