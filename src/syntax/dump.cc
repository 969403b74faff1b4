#include "syntax/dump.h"

#include <nlohmann/json.hpp>
#include <string_view>

#include "text/pos_tag.h"

namespace tacitus {
namespace {

// Nesting of phrases inside phrases is bounded by the sentence, not by a constant; the
// printers stop here so that their recursion is.
constexpr int kMaxPhraseDepth = 8;

void AppendTokens(const Document& doc, TokenRange range, std::string* out) {
  for (uint32_t t = range.begin; t < range.end; ++t) {
    const Token& token = doc.tokens[t];
    if (t > range.begin && token.has(kSpaceBefore)) out->push_back(' ');
    out->append(token.text);
  }
}

std::string TokensText(const Document& doc, TokenRange range) {
  std::string text;
  AppendTokens(doc, range, &text);
  return text;
}

class LinePrinter {
 public:
  LinePrinter(const Document& doc, const Syntax& syntax, std::string* out)
      : doc_(doc), syntax_(syntax), out_(*out) {}

  void Quoted(TokenRange range) {
    out_.push_back('"');
    AppendTokens(doc_, range, &out_);
    out_.push_back('"');
  }

  // A phrase and its conjuncts.
  void Phrase(int32_t index, int depth) {
    for (int32_t p = index; p >= 0; p = syntax_.phrases[p].next_conjunct) {
      if (p != index) out_ += " & ";
      SinglePhrase(p, depth);
    }
  }

  void SinglePhrase(int32_t index, int depth) {
    const NounPhrase& np = syntax_.phrases[index];
    Quoted(np.tokens);
    if (np.possessor < 0 && np.apposition < 0 && np.attachment_count == 0) return;
    if (depth >= kMaxPhraseDepth) {
      out_ += "{...}";
      return;
    }
    out_.push_back('{');
    bool first = true;
    auto separate = [&] {
      if (!first) out_ += "; ";
      first = false;
    };
    if (np.possessor >= 0) {
      separate();
      out_ += "poss=";
      Phrase(np.possessor, depth + 1);
    }
    if (np.apposition >= 0) {
      separate();
      out_ += "appos=";
      Phrase(np.apposition, depth + 1);
    }
    for (const Attachment& a : syntax_.AttachmentsOf(np)) {
      separate();
      Attached(a, depth + 1);
    }
    out_.push_back('}');
  }

  void Attached(const Attachment& a, int depth) {
    AppendTokens(doc_, a.preposition, &out_);
    out_.push_back(' ');
    Phrase(a.object, depth);
  }

  void Role(std::string_view name, int32_t phrase) {
    if (phrase < 0) return;
    out_ += " | ";
    out_ += name;
    out_.push_back('=');
    Phrase(phrase, 0);
  }

  void Verb(const VerbGroup& vg) {
    out_ += "verb=";
    Quoted(vg.tokens);
    out_ += " lemma=";
    out_ += vg.lemma;
    if (vg.tense != Tense::kNone) {
      out_.push_back(' ');
      out_ += TenseName(vg.tense);
    }
    if (vg.perfect) out_ += " perfect";
    if (vg.progressive) out_ += " progressive";
    if (vg.passive) out_ += " passive";
    if (vg.negated) out_ += " neg";
    if (vg.subjunctive) out_ += " subjunctive";
    if (vg.modal >= 0) {
      out_ += " modal=";
      out_ += doc_.tokens[vg.modal].lower;
    }
    if (vg.particle >= 0) {
      out_ += " prt=";
      out_ += doc_.tokens[vg.particle].lower;
    }
  }

  void ClauseLine(const SentenceSyntax& sentence, uint32_t index) {
    const Clause& c = syntax_.clauses[index];
    // Appended piece by piece: "s" + std::to_string(...) + ... trips g++ 12's -Wrestrict.
    out_ += 's';
    out_ += std::to_string(c.sentence);
    out_ += " c";
    out_ += std::to_string(index - sentence.clauses.begin);
    out_ += ' ';
    out_ += ClauseKindName(c.kind);
    if (c.parent >= 0) {
      out_ += "<c" + std::to_string(static_cast<uint32_t>(c.parent) - sentence.clauses.begin);
    }
    if (c.marker >= 0) {
      out_ += " \"";
      out_ += doc_.tokens[c.marker].text;
      out_.push_back('"');
    }
    out_ += ": ";
    if (c.subject >= 0) {
      out_ += "subj=";
      Phrase(c.subject, 0);
      out_ += " | ";
    }
    Verb(c.verb);
    Role("obj", c.object);
    Role("iobj", c.indirect_object);
    Role("agent", c.agent);
    if (c.attachment_count > 0) {
      out_ += " | pp: ";
      bool first = true;
      for (const Attachment& a : syntax_.AttachmentsOf(c)) {
        if (!first) out_ += "; ";
        first = false;
        Attached(a, 0);
      }
    }
    if (c.adverbial_count > 0) {
      out_ += " | adv: ";
      bool first = true;
      for (TokenRange r : syntax_.AdverbialsOf(c)) {
        if (!first) out_ += "; ";
        first = false;
        Quoted(r);
      }
    }
    Role("speaker", c.speaker);
    out_.push_back('\n');
  }

 private:
  const Document& doc_;
  const Syntax& syntax_;
  std::string& out_;
};

using nlohmann::json;

json RangeJson(TokenRange r) { return json::array({r.begin, r.end}); }

class JsonBuilder {
 public:
  JsonBuilder(const Document& doc, const Syntax& syntax) : doc_(doc), syntax_(syntax) {}

  json Phrase(int32_t index, int depth) const {
    if (index < 0) return nullptr;
    json conjuncts = json::array();
    for (int32_t p = syntax_.phrases[index].next_conjunct; p >= 0;
         p = syntax_.phrases[p].next_conjunct) {
      conjuncts.push_back(SinglePhrase(p, depth));
    }
    json phrase = SinglePhrase(index, depth);
    if (!conjuncts.empty()) phrase["conjuncts"] = std::move(conjuncts);
    return phrase;
  }

  json SinglePhrase(int32_t index, int depth) const {
    const NounPhrase& np = syntax_.phrases[index];
    const Span span{doc_.tokens[np.tokens.begin].span.begin,
                    doc_.tokens[np.tokens.end - 1].span.end};
    json phrase = {{"text", TokensText(doc_, np.tokens)},
                   {"head", np.head},
                   {"tokens", RangeJson(np.tokens)},
                   {"span", json::array({span.begin, span.end})}};
    if (depth >= kMaxPhraseDepth) return phrase;
    if (np.possessor >= 0) phrase["possessor"] = Phrase(np.possessor, depth + 1);
    if (np.apposition >= 0) phrase["apposition"] = Phrase(np.apposition, depth + 1);
    if (np.attachment_count > 0)
      phrase["attachments"] = Attachments(syntax_.AttachmentsOf(np), depth + 1);
    return phrase;
  }

  json Attachments(std::span<const Attachment> attachments, int depth) const {
    json list = json::array();
    for (const Attachment& a : attachments) {
      list.push_back(
          {{"preposition", TokensText(doc_, a.preposition)}, {"object", Phrase(a.object, depth)}});
    }
    return list;
  }

  json Verb(const VerbGroup& vg) const {
    return {{"text", TokensText(doc_, vg.tokens)},
            {"tokens", RangeJson(vg.tokens)},
            {"head", vg.head},
            {"lemma", vg.lemma},
            {"tense", TenseName(vg.tense)},
            {"finite", vg.finite},
            {"perfect", vg.perfect},
            {"progressive", vg.progressive},
            {"passive", vg.passive},
            {"negated", vg.negated},
            {"subjunctive", vg.subjunctive},
            {"modal", vg.modal >= 0 ? json(doc_.tokens[vg.modal].lower) : json(nullptr)},
            {"particle", vg.particle >= 0 ? json(doc_.tokens[vg.particle].lower) : json(nullptr)}};
  }

  json ClauseJson(const SentenceSyntax& sentence, uint32_t index) const {
    const Clause& c = syntax_.clauses[index];
    json adverbials = json::array();
    for (TokenRange r : syntax_.AdverbialsOf(c)) {
      adverbials.push_back({{"text", TokensText(doc_, r)}, {"tokens", RangeJson(r)}});
    }
    return {
        {"index", index - sentence.clauses.begin},
        {"kind", ClauseKindName(c.kind)},
        {"parent", c.parent >= 0 ? json(static_cast<uint32_t>(c.parent) - sentence.clauses.begin)
                                 : json(nullptr)},
        {"marker", c.marker >= 0 ? json(doc_.tokens[c.marker].text) : json(nullptr)},
        {"verb", Verb(c.verb)},
        {"subject", Phrase(c.subject, 0)},
        {"object", Phrase(c.object, 0)},
        {"indirect_object", Phrase(c.indirect_object, 0)},
        {"agent", Phrase(c.agent, 0)},
        {"speaker", Phrase(c.speaker, 0)},
        {"attachments", Attachments(syntax_.AttachmentsOf(c), 0)},
        {"adverbials", std::move(adverbials)}};
  }

  json DocumentJson() const {
    json sentences = json::array();
    for (uint32_t s = 0; s < syntax_.sentences.size() && s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      const SentenceSyntax& ss = syntax_.sentences[s];
      json tokens = json::array();
      for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        const Token& token = doc_.tokens[t];
        tokens.push_back({{"text", token.text},
                          {"tag", PosTagName(token.tag)},
                          {"lemma", token.lemma},
                          {"span", json::array({token.span.begin, token.span.end})}});
      }
      json clauses = json::array();
      for (uint32_t c = ss.clauses.begin; c < ss.clauses.end; ++c) {
        clauses.push_back(ClauseJson(ss, c));
      }
      sentences.push_back({{"index", s},
                           {"text", TokensText(doc_, {sentence.first_token, sentence.end_token})},
                           {"tokens", std::move(tokens)},
                           {"clauses", std::move(clauses)}});
    }
    return {{"sentences", std::move(sentences)}};
  }

 private:
  const Document& doc_;
  const Syntax& syntax_;
};

}  // namespace

std::string DumpSyntax(const Document& doc, const Syntax& syntax, const DumpOptions& options) {
  std::string out;
  LinePrinter printer(doc, syntax, &out);
  for (uint32_t s = 0; s < syntax.sentences.size() && s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    const SentenceSyntax& ss = syntax.sentences[s];
    // Not "s" + std::to_string(s), which trips g++ 12's -Wrestrict.
    const std::string prefix = std::string("s").append(std::to_string(s));
    if (options.tokens) {
      out += prefix + " tokens:";
      for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
        const Token& token = doc.tokens[t];
        out.push_back(' ');
        out += token.text;
        out.push_back('/');
        out += PosTagName(token.tag);
        if (!token.lemma.empty() && token.lemma != token.lower) {
          out.push_back(':');
          out += token.lemma;
        }
      }
      out.push_back('\n');
    }
    if (options.chunks) {
      out += prefix + " chunks:";
      for (uint32_t c = ss.chunks.begin; c < ss.chunks.end; ++c) {
        out += " [";
        out += ChunkKindName(syntax.chunks[c].kind);
        out.push_back(' ');
        AppendTokens(doc, syntax.chunks[c].tokens, &out);
        out.push_back(']');
      }
      out.push_back('\n');
    }
    for (uint32_t c = ss.clauses.begin; c < ss.clauses.end; ++c) printer.ClauseLine(ss, c);
  }
  return out;
}

std::string SyntaxToJson(const Document& doc, const Syntax& syntax) {
  return JsonBuilder(doc, syntax).DocumentJson().dump();
}

}  // namespace tacitus
