#include "dict/dictionaries.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iterator>
#include <limits>
#include <utility>

#include "base/data_file.h"
#include "base/hash.h"
#include "dict/borrowed_patterns.h"
#include "dict/entry_parser.h"
#include "dict/petrarch_dictionaries.h"
#include "text/segmenter.h"

namespace tacitus {

std::string Origin::ToString() const {
  // One allocation: every coded event carries the Origins of its pattern and actors.
  char digits[std::numeric_limits<uint32_t>::digits10 + 1];
  const char* const digits_end = std::to_chars(std::begin(digits), std::end(digits), line).ptr;
  std::string out;
  const size_t digit_count = static_cast<size_t>(digits_end - digits);
  out.reserve(file.size() + 1 + digit_count);
  out.append(file).append(1, ':').append(digits, digit_count);
  return out;
}

std::string VerbPattern::Provenance() const {
  std::string out = origin.ToString();
  if (!borrowed_from.empty()) out.append(" via WordNet '").append(borrowed_from).append(1, '\'');
  return out;
}

std::string_view ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry:
      return "country";
    case ActorKind::kAdjective:
      return "adjective";
    case ActorKind::kPeople:
      return "people";
    case ActorKind::kCapital:
      return "capital";
    case ActorKind::kSeat:
      return "seat";
    case ActorKind::kRegion:
      return "region";
    case ActorKind::kOrganisation:
      return "org";
    case ActorKind::kPerson:
      return "person";
  }
  return "?";
}

uint64_t FirstNeededWordBits(const VerbPattern& pattern) {
  const std::vector<PatternElement>& elements = pattern.elements;
  for (size_t e = 0; e < elements.size(); ++e) {
    const PatternElement& element = elements[e];
    const bool before_final_target =
        e + 2 == elements.size() && elements[e + 1].kind == PatternElement::Kind::kTarget;
    if (element.kind == PatternElement::Kind::kWord && !element.optional &&
        element.lemma_bits != 0 && !before_final_target) {
      return element.lemma_bits;
    }
  }
  return 0;
}

const DatedRole* Actor::RoleOn(Date date) const {
  for (const DatedRole& role : roles) {
    if (role.Covers(date)) return &role;
  }
  return nullptr;
}

std::span<const VerbPattern* const> Dictionaries::VerbPatternsFor(std::string_view lemma) const {
  const auto* patterns = verbs_by_head_.Find(lemma);
  if (patterns == nullptr) return {};
  return *patterns;
}

std::span<const VerbPattern* const> Dictionaries::VerbPatternsByStem(std::string_view word) const {
  if (verbs_by_stem_.size() == 0) return {};
  for (size_t length = word.size(); length > 0; --length) {
    if (const auto* patterns = verbs_by_stem_.Find(word.substr(0, length))) return *patterns;
  }
  return {};
}

std::span<const VerbPattern* const> Dictionaries::NounPatternsFor(std::string_view lemma) const {
  const auto* patterns = nouns_by_head_.Find(lemma);
  if (patterns == nullptr) return {};
  return *patterns;
}

const IntentCode* Dictionaries::IntentCodeFor(std::string_view act_code) const {
  const IntentCode* best = nullptr;
  for (const IntentCode& line : intent_codes_) {
    if (act_code.starts_with(line.act) && (best == nullptr || line.act.size() > best->act.size()))
      best = &line;
  }
  return best;
}

const Doer* Dictionaries::DoerOf(std::string_view verb_lemma) const {
  const auto doer = std::find_if(doers_.begin(), doers_.end(),
                                 [&](const Doer& d) { return d.verb == verb_lemma; });
  return doer == doers_.end() ? nullptr : &*doer;
}

const VerbPattern* Dictionaries::EvaluationFor(std::string_view word, bool negated) const {
  const auto& words = negated ? negated_evaluations_by_word_ : evaluations_by_word_;
  const auto it = words.find(word);
  return it == words.end() ? nullptr : it->second;
}

Dictionaries::Sizes Dictionaries::sizes() const {
  Sizes sizes;
  for (const Actor& actor : actors_) {
    switch (actor.kind) {
      case ActorKind::kCountry:
        ++sizes.countries;
        break;
      case ActorKind::kAdjective:
        ++sizes.adjectives;
        break;
      case ActorKind::kPeople:
        ++sizes.peoples;
        break;
      case ActorKind::kCapital:
        ++sizes.capitals;
        break;
      case ActorKind::kSeat:
        ++sizes.seats;
        break;
      case ActorKind::kRegion:
        ++sizes.regions;
        break;
      case ActorKind::kOrganisation:
        ++sizes.organisations;
        break;
      case ActorKind::kPerson:
        ++sizes.persons;
        sizes.roles += actor.roles.size();
        break;
    }
  }
  sizes.agents = agent_lines_;
  sizes.agent_names = agents_.size();
  sizes.verb_patterns = verb_patterns_written_;
  sizes.noun_patterns = noun_patterns_written_;
  for (const VerbPattern& pattern : borrowed_patterns_) {
    ++(pattern.nominal ? sizes.borrowed_noun_patterns : sizes.borrowed_verb_patterns);
  }
  sizes.intent_codes = intent_codes_.size();
  sizes.discards = discards_.size();
  sizes.evaluations = evaluations_.size();
  sizes.event_types = cameo_.event_type_count();
  sizes.names = actor_names_written_;
  return sizes;
}

// Reads the files of a data directory in a fixed order into a Dictionaries.
class DictionaryLoader {
 public:
  explicit DictionaryLoader(Dictionaries* dicts) : dicts_(dicts) {}

  const Diagnostics& diagnostics() const { return diagnostics_; }

  Status Run(const std::string& data_dir, std::string_view wordnet_dir) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path dir = fs::absolute(fs::path(data_dir), error).lexically_normal();
    if (!dir.has_filename()) dir = dir.parent_path();
    if (error || !fs::is_directory(dir, error)) {
      return Status::Error(StatusCode::kNotFound, data_dir + ": not a dictionary directory");
    }
    dir_ = dir;
    display_root_ = dir.filename().string();

    // Without the code tables no entry can be checked: stop at once.
    for (const char* table : {"cameo/event_codes.tsv", "cameo/actor_codes.tsv"}) {
      if (!ReadFile(table, Presence::kRequired)) continue;
      if (std::string_view(table) == "cameo/event_codes.tsv") {
        dicts_->cameo_.ParseEventCodes(dicts_->files_.back(), contents_, &diagnostics_);
      } else {
        dicts_->cameo_.ParseActorCodes(dicts_->files_.back(), contents_, &diagnostics_);
      }
    }
    if (diagnostics_.has_errors()) return diagnostics_.ToStatus();

    EntryParser parser(dicts_->cameo_, &diagnostics_);
    for (const std::string& file : TxtFilesIn("actors")) {
      if (ReadFile(file, Presence::kRequired))
        parser.ParseFile(FileKind::kActors, dicts_->files_.back(), contents_);
    }
    if (ReadFile("agents.txt", Presence::kWarnIfMissing)) {
      parser.ParseFile(FileKind::kAgents, dicts_->files_.back(), contents_);
    }
    for (const std::string& file : TxtFilesIn("verbs")) {
      if (ReadFile(file, Presence::kRequired))
        parser.ParseFile(FileKind::kVerbs, dicts_->files_.back(), contents_);
    }
    if (ReadFile("discards.txt", Presence::kOptional)) {
      parser.ParseFile(FileKind::kDiscards, dicts_->files_.back(), contents_);
    }
    if (ReadFile("evaluations.txt", Presence::kOptional)) {
      parser.ParseFile(FileKind::kEvaluations, dicts_->files_.back(), contents_);
    }
    ParsedDictionaries parsed = std::move(parser).Finish();
    if (!parsed.tabari.empty()) {
      // Nothing of ours beside them (EntryParser checks): no WordNet loans either, which
      // TABARI's stems and surface forms do not need.
      InstallPetrarchEntries(std::move(parsed.tabari.verbs), std::move(parsed.tabari.entries),
                             dicts_);
      dicts_->tabari_rules_ = true;
      dicts_->version_ = HexDigits16(hash_.value());
      return diagnostics_.ToStatus();
    }
    dicts_->actors_ = std::move(parsed.actors);
    dicts_->actor_names_ = std::move(parsed.actor_names);
    dicts_->actor_names_written_ = parsed.actor_names_written;
    dicts_->agents_ = std::move(parsed.agents);
    dicts_->agent_lines_ = parsed.agent_lines;
    dicts_->agent_names_ = std::move(parsed.agent_names);
    dicts_->doers_ = std::move(parsed.doers);
    dicts_->patterns_ = std::move(parsed.patterns);
    dicts_->verb_patterns_written_ = parsed.verb_patterns_written;
    dicts_->noun_patterns_written_ = parsed.noun_patterns_written;
    dicts_->intent_codes_ = std::move(parsed.intent_codes);
    dicts_->discards_ = std::move(parsed.discards);
    dicts_->discard_phrases_ = std::move(parsed.discard_phrases);
    dicts_->evaluations_ = std::move(parsed.evaluations);
    for (const VerbPattern& evaluation : dicts_->evaluations_) {
      (evaluation.text.starts_with("not ") ? dicts_->negated_evaluations_by_word_
                                           : dicts_->evaluations_by_word_)[evaluation.head] =
          &evaluation;
    }
    // Keys view the heads inside patterns_, which no longer changes.
    for (VerbPattern& pattern : dicts_->patterns_) IndexByHead(pattern);
    if (!wordnet_dir.empty()) BorrowThroughWordNet(wordnet_dir);

    dicts_->version_ = HexDigits16(hash_.value());
    return diagnostics_.ToStatus();
  }

 private:
  void IndexByHead(VerbPattern& pattern) {
    pattern.needed_word_bits = FirstNeededWordBits(pattern);
    auto& by_head = pattern.nominal ? dicts_->nouns_by_head_ : dicts_->verbs_by_head_;
    by_head.TryEmplace(pattern.head).first->push_back(&pattern);
  }

  // Patterns for the verbs and nouns that have none, from their WordNet synonyms and verbs.
  void BorrowThroughWordNet(std::string_view wordnet_dir) {
    WordNetSynsets wordnet;
    if (const Status read = wordnet.Load(wordnet_dir); !read.ok()) {
      diagnostics_.Error(std::string(wordnet_dir), 0, read.message());
      return;
    }
    BorrowPatterns(wordnet, dicts_->patterns_, dicts_->verbs_by_head_, dicts_->nouns_by_head_,
                   &dicts_->borrowed_patterns_);
    for (VerbPattern& pattern : dicts_->borrowed_patterns_) IndexByHead(pattern);
    // The same files code otherwise with WordNet's loans than without.
    hash_.Add("borrowed through WordNet");
  }

  // What a missing file means: a load error (the code tables, and actors/ and verbs/, without
  // which nothing is coded), a warning (agents.txt: no "troops" or "police"), or nothing.
  enum class Presence { kRequired, kWarnIfMissing, kOptional };

  // Relative paths ("actors/a.txt") of the entries named *.txt in `subdir`, sorted; an error
  // when there is none, or no `subdir`. Entries that are not regular files are listed too, so
  // that ReadFile refuses them by name rather than the load skipping them unsaid.
  std::vector<std::string> TxtFilesIn(const std::string& subdir) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    std::error_code error;
    for (fs::directory_iterator it(dir_ / subdir, error), end; !error && it != end;
         it.increment(error)) {
      if (it->path().extension() == ".txt") {
        files.push_back(subdir + "/" + it->path().filename().string());
      }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      diagnostics_.Error(display_root_ + "/" + subdir, 0,
                         fs::is_directory(dir_ / subdir, error)
                             ? "no .txt file in it: a dictionary needs actors and verb patterns"
                             : "missing: a dictionary needs actors/ and verbs/, each with "
                               ".txt files (docs/dictionaries.md)");
    }
    return files;
  }

  // Reads `relative` into contents_ (ReadDataFile: its lines with a NUL or bad UTF-8 are
  // errors, a file without entries a warning), registers its display path and hashes both.
  // An unreadable file is an error, and a missing one as `presence` says.
  bool ReadFile(const std::string& relative, Presence presence) {
    const std::filesystem::path path = dir_ / relative;
    const std::string display = display_root_ + "/" + relative;
    std::error_code error;
    if (presence != Presence::kRequired && !std::filesystem::exists(path, error)) {
      if (presence == Presence::kWarnIfMissing) {
        diagnostics_.Warning(display, 0, "missing: no agent ('troops', 'police') is coded");
      }
      return false;
    }
    const Status status = ReadDataFile(path.string(), display, &contents_, &diagnostics_);
    if (!status.ok()) {
      diagnostics_.Error(display, 0, status.message());
      return false;
    }
    dicts_->files_.push_back(display);
    hash_.Add(display);
    hash_.Add(std::string_view("\0", 1));
    hash_.Add(contents_);
    hash_.Add(std::string_view("\0", 1));
    return true;
  }

  Dictionaries* dicts_;
  std::filesystem::path dir_;
  std::string display_root_;
  std::string contents_;
  Diagnostics diagnostics_;
  Fnv1a64 hash_;
};

Result<std::shared_ptr<const Dictionaries>> Dictionaries::Load(const std::string& data_dir,
                                                               Diagnostics* diagnostics,
                                                               std::string_view wordnet_dir) {
  // Not make_shared: the constructor is private, and the object must not move once Origins
  // and indices view into it.
  std::shared_ptr<Dictionaries> dicts(new Dictionaries());
  DictionaryLoader loader(dicts.get());
  Status status = loader.Run(data_dir, wordnet_dir);
  if (diagnostics != nullptr) diagnostics->Append(loader.diagnostics());
  if (!status.ok()) return status;
  return std::shared_ptr<const Dictionaries>(std::move(dicts));
}

}  // namespace tacitus
