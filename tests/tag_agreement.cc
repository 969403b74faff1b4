// Part-of-speech agreement with the CoreNLP parses of the PETRARCH sample files.
//
//   tag_agreement [--min 0.93] [--min-end-to-end 0.90] [--contexts REF:OURS] [FILE.xml ...]
//
// For every <Sentence> record the leaves "(TAG word)" of <Parse> are the reference. Two
// measurements per file:
//   reference tokens: the tagger on a Document built from the reference words;
//   end to end: <Text> through TextSegmenter and the tagger, our tokens aligned to the
//     reference tokens by their characters (white space ignored); tokens cut differently
//     from the reference are counted apart and not scored.
// Leaves whose tag is not a Penn tag (the sample trees use AUXP and the like) are counted
// apart and excluded. Prints tokens, agreement and the commonest disagreements. Exits 1 if
// an overall agreement falls below its floor, 77 (a skip for CTest) if no file exists.
// Also prints the tagger's speed on the reference sentences (one thread).
// --contexts NN:NNP prints every reference-token sentence where the reference said NN and
// the tagger NNP, the word in [brackets], to study an error class.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "lex/testing.h"
#include "syntax/parse_tree.h"
#include "text/segmenter.h"

namespace tacitus {
namespace {

struct Leaf {
  std::string tag;   // as written in the tree
  std::string word;  // in the original spelling: "(" for -LRB-, '"' for `` and ''
};

std::string OriginalSpelling(std::string_view word) {
  if (word == "``" || word == "''") return "\"";
  return std::string(UnescapePtbBracket(word));
}

// The "(TAG word)" leaves of a bracketed tree, left to right; none if it is malformed (the
// suite's ERROR records carry deliberately broken trees) or absent.
std::vector<Leaf> Leaves(std::string_view tree) {
  std::vector<TreeLeaf> read;
  std::vector<Leaf> leaves;
  if (tree.find('(') == std::string_view::npos || !ReadTreeLeaves(tree, &read).ok()) return leaves;
  for (const TreeLeaf& leaf : read) {
    leaves.push_back({std::string(leaf.tag), OriginalSpelling(leaf.word)});
  }
  return leaves;
}

struct Tally {
  long scored = 0;
  long agreed = 0;
  long unaligned = 0;
  std::vector<std::string> unaligned_examples;
  std::map<std::string, long> excluded;  // non-Penn reference tag -> count
  struct Disagreement {
    long count = 0;
    std::set<std::string> examples;
  };
  std::map<std::pair<std::string, std::string>, Disagreement> disagreements;

  // Returns whether the token was scored and disagreed.
  bool Add(const std::string& reference, PosTag ours, const std::string& word) {
    if (!ParsePosTag(reference)) {
      ++excluded[reference];
      return false;
    }
    ++scored;
    const std::string our_name(PosTagName(ours));
    if (reference == our_name) {
      ++agreed;
      return false;
    }
    Disagreement& d = disagreements[{reference, our_name}];
    ++d.count;
    if (d.examples.size() < 4) d.examples.insert(word);
    return true;
  }
  void Unaligned(const std::string& word) {
    ++unaligned;
    if (unaligned_examples.size() < 12) unaligned_examples.push_back(word);
  }
  double Agreement() const { return scored == 0 ? 0 : static_cast<double>(agreed) / scored; }
  void Merge(const Tally& other) {
    scored += other.scored;
    agreed += other.agreed;
    unaligned += other.unaligned;
  }

  void Print(const char* label) const {
    std::printf("  %s: %ld tokens scored, agreement %.2f%%", label, scored, 100 * Agreement());
    if (unaligned > 0) {
      std::printf(", %ld reference tokens not aligned (e.g.", unaligned);
      for (const std::string& w : unaligned_examples) std::printf(" %s", w.c_str());
      std::printf(")");
    }
    std::printf("\n");
    if (!excluded.empty()) {
      std::printf("    excluded non-Penn reference tags:");
      for (const auto& [tag, count] : excluded) std::printf(" %s=%ld", tag.c_str(), count);
      std::printf("\n");
    }
    std::vector<std::pair<long, const std::pair<std::string, std::string>*>> order;
    for (const auto& [key, d] : disagreements) order.push_back({d.count, &key});
    std::sort(order.begin(), order.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < order.size() && i < 15; ++i) {
      const auto& [reference, ours] = *order[i].second;
      std::printf("    %-5s -> %-5s %4ld  ", reference.c_str(), ours.c_str(), order[i].first);
      for (const std::string& w : disagreements.at(*order[i].second).examples) {
        std::printf(" %s", w.c_str());
      }
      std::printf("\n");
    }
  }
};

// The tagger on the reference tokenisation.
std::string JoinWords(const std::vector<Leaf>& leaves) {
  std::string sentence;
  for (const Leaf& leaf : leaves) {
    if (!sentence.empty()) sentence += ' ';
    sentence += leaf.word;
  }
  return sentence;
}

// Tags all `sentences` (one Document) repeatedly for about half a second.
void PrintSpeed(const Tagger& tagger, const std::vector<std::string>& sentences) {
  const std::vector<std::string_view> views(sentences.begin(), sentences.end());
  Document doc;
  testing::MakeDocument(views, &doc);
  const auto start = std::chrono::steady_clock::now();
  double seconds = 0;
  long rounds = 0;
  while (seconds < 0.5) {
    tagger.Tag(&doc);
    ++rounds;
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  std::printf("tagger speed: %.0f sentences/s, %.0f tokens/s (%zu sentences x %ld rounds)\n",
              rounds * doc.sentences.size() / seconds, rounds * doc.tokens.size() / seconds,
              doc.sentences.size(), rounds);
}

void ScoreReferenceTokens(const Tagger& tagger, const std::vector<Leaf>& leaves,
                          std::string_view contexts, Document* doc, Tally* tally) {
  const std::string sentence = JoinWords(leaves);
  const std::string_view sentences[] = {sentence};
  testing::MakeDocument(sentences, doc);
  tagger.Tag(doc);
  for (size_t i = 0; i < leaves.size() && i < doc->tokens.size(); ++i) {
    const bool disagreed = tally->Add(leaves[i].tag, doc->tokens[i].tag, leaves[i].word);
    if (!disagreed ||
        contexts != leaves[i].tag + ":" + std::string(PosTagName(doc->tokens[i].tag))) {
      continue;
    }
    for (size_t j = 0; j < doc->tokens.size(); ++j) {
      const std::string_view text = doc->tokens[j].text;
      std::printf(j == i ? " [%.*s]" : " %.*s/%s", static_cast<int>(text.size()), text.data(),
                  std::string(PosTagName(doc->tokens[j].tag)).c_str());
    }
    std::printf("\n");
  }
}

// Raw text through the segmenter and the tagger. Our tokens are aligned to the reference
// tokens by a longest common subsequence of token texts, because the sample files' <Text>
// was sometimes edited after parsing and the two need not match throughout.
void ScoreEndToEnd(const TextSegmenter& segmenter, const Tagger& tagger, std::string_view text,
                   const std::vector<Leaf>& leaves, Document* doc, Tally* tally) {
  segmenter.Segment(text, doc);
  tagger.Tag(doc);
  std::vector<std::string> ours;
  for (const Token& t : doc->tokens) ours.push_back(OriginalSpelling(t.text));
  auto same = [&](size_t r, size_t o) { return leaves[r].word == ours[o]; };
  const size_t n = leaves.size(), m = doc->tokens.size();
  std::vector<int> lcs((n + 1) * (m + 1), 0);  // lcs of leaves[r..] and tokens[o..]
  auto at = [&](size_t r, size_t o) -> int& { return lcs[r * (m + 1) + o]; };
  for (size_t r = n; r-- > 0;) {
    for (size_t o = m; o-- > 0;) {
      at(r, o) = same(r, o) ? at(r + 1, o + 1) + 1 : std::max(at(r + 1, o), at(r, o + 1));
    }
  }
  size_t r = 0, o = 0;
  while (r < n) {
    if (o < m && same(r, o)) {
      tally->Add(leaves[r].tag, doc->tokens[o].tag, leaves[r].word);
      ++r;
      ++o;
    } else if (o < m && at(r, o + 1) >= at(r + 1, o)) {
      ++o;
    } else {
      if (ParsePosTag(leaves[r].tag)) tally->Unaligned(leaves[r].word);
      ++r;
    }
  }
}

int Run(int argc, char** argv) {
  double min_reference = 0, min_end_to_end = 0;
  std::string contexts;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--min" && i + 1 < argc) {
      min_reference = std::atof(argv[++i]);
    } else if (arg == "--min-end-to-end" && i + 1 < argc) {
      min_end_to_end = std::atof(argv[++i]);
    } else if (arg == "--contexts" && i + 1 < argc) {
      contexts = argv[++i];
    } else if (arg.starts_with("--")) {
      std::fprintf(
          stderr, "usage: %s [--min F] [--min-end-to-end F] [--contexts REF:OURS] [FILE.xml ...]\n",
          argv[0]);
      return 2;
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    files = {TACITUS_SHARED_DIR "/peer/petrarch1-validation/PETR.UnitTest.records.xml",
             TACITUS_SHARED_DIR "/peer/petrarch2/GigaWord.sample.PETR.xml"};
  }
  std::erase_if(files, [](const std::string& f) {
    if (std::filesystem::exists(f)) return false;
    std::printf("skipping %s: not found\n", f.c_str());
    return true;
  });
  if (files.empty()) {
    std::printf("no peer data under " TACITUS_SHARED_DIR "/peer: nothing to measure\n");
    return 77;
  }

  const auto load_start = std::chrono::steady_clock::now();
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Load();
  if (!lexicon.ok()) {
    std::fprintf(stderr, "%s\n", lexicon.status().message().c_str());
    return 1;
  }
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_start)
          .count();
  std::printf("lexicon loaded in %.0f ms\n", load_ms);
  const Tagger tagger(*lexicon);
  const TextSegmenter segmenter;

  Tally all_reference, all_end_to_end;
  Document doc;
  std::vector<std::string> all_sentences;
  for (const std::string& file : files) {
    pugi::xml_document xml;
    const pugi::xml_parse_result parsed = xml.load_file(file.c_str());
    if (!parsed) {
      std::fprintf(stderr, "%s: %s at byte %td\n", file.c_str(), parsed.description(),
                   parsed.offset);
      return 1;
    }
    Tally reference, end_to_end;
    long sentences = 0, malformed = 0;
    for (const pugi::xpath_node& node : xml.select_nodes("//Sentence")) {
      const std::string_view tree = node.node().child_value("Parse");
      const std::vector<Leaf> leaves = Leaves(tree);
      if (leaves.empty()) {
        if (tree.find('(') != std::string_view::npos) ++malformed;
        continue;
      }
      ++sentences;
      all_sentences.push_back(JoinWords(leaves));
      ScoreReferenceTokens(tagger, leaves, contexts, &doc, &reference);
      ScoreEndToEnd(segmenter, tagger, node.node().child_value("Text"), leaves, &doc, &end_to_end);
    }
    std::printf("%s: %ld sentences (%ld with a malformed parse left out)\n", file.c_str(),
                sentences, malformed);
    reference.Print("reference tokens");
    end_to_end.Print("end to end");
    all_reference.Merge(reference);
    all_end_to_end.Merge(end_to_end);
  }
  PrintSpeed(tagger, all_sentences);
  std::printf("overall: reference tokens %.2f%% of %ld, end to end %.2f%% of %ld\n",
              100 * all_reference.Agreement(), all_reference.scored,
              100 * all_end_to_end.Agreement(), all_end_to_end.scored);
  if (all_reference.Agreement() < min_reference) {
    std::printf("FAIL: reference-token agreement below %.2f%%\n", 100 * min_reference);
    return 1;
  }
  if (all_end_to_end.Agreement() < min_end_to_end) {
    std::printf("FAIL: end-to-end agreement below %.2f%%\n", 100 * min_end_to_end);
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace tacitus

int main(int argc, char** argv) { return tacitus::Run(argc, argv); }
