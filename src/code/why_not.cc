#include "code/why_not.h"

#include "code/clause_coder.h"

namespace tacitus {
namespace {

std::string Words(const Document& doc, std::string_view text, TokenRange tokens) {
  if (tokens.empty()) return {};
  const uint32_t begin = doc.tokens[tokens.begin].span.begin;
  const uint32_t end = doc.tokens[tokens.end - 1].span.end;
  return std::string(text.substr(begin, end - begin));
}

}  // namespace

std::string_view NoEventReasonName(NoEventReason reason) {
  switch (reason) {
    case NoEventReason::kDiscarded:
      return "discarded";
    case NoEventReason::kCommaClause:
      return "comma clause";
    case NoEventReason::kDenied:
      return "negated";
    case NoEventReason::kIntended:
      return "not done";
    case NoEventReason::kBackground:
      return "background";
    case NoEventReason::kClaimed:
      return "claimed";
    case NoEventReason::kNoPattern:
      return "no pattern";
    case NoEventReason::kNoMatch:
      return "no match";
    case NoEventReason::kBlocked:
      return "blocked";
    case NoEventReason::kNoSource:
      return "no source";
    case NoEventReason::kNoTarget:
      return "no target";
    case NoEventReason::kSameActor:
      return "same actor";
    case NoEventReason::kTitleRepeat:
      return "title repeat";
  }
  return "?";
}

std::string DescribeVerdict(const Document& doc, std::string_view text,
                            const ClauseVerdict& verdict) {
  std::string out = "verb \"" + Words(doc, text, verdict.verb) + "\": ";
  const std::string phrase = Words(doc, text, verdict.phrase);
  switch (verdict.reason) {
    case NoEventReason::kDiscarded:
      out += "the sentence holds a discard phrase";
      break;
    case NoEventReason::kCommaClause:
      out += "inside a comma-delimited clause left out (PETRARCH's comma options)";
      break;
    case NoEventReason::kDenied:
      out += "negated or subjunctive: no act is reported";
      break;
    case NoEventReason::kIntended:
      out += "planned, wished, possible or conditional: not reported as done";
      break;
    case NoEventReason::kBackground:
      out += "sums up a long stretch (a perfect since a year or for years): background";
      break;
    case NoEventReason::kClaimed:
      out += "alleged: a claim, not a reported act, against no actor named";
      break;
    case NoEventReason::kNoPattern:
      out += "no pattern for its lemma";
      break;
    case NoEventReason::kNoMatch:
      out += "no pattern of its lemma matched the clause's words";
      break;
    case NoEventReason::kBlocked:
      out += "a blocking (---) pattern matched: not an event in this sense";
      break;
    case NoEventReason::kNoSource:
      out += phrase.empty() ? "no source phrase" : "no actor for the source \"" + phrase + "\"";
      break;
    case NoEventReason::kNoTarget:
      out += phrase.empty() ? "no target phrase" : "no actor for the target \"" + phrase + "\"";
      break;
    case NoEventReason::kSameActor:
      out += "the source and the target are the same actor";
      break;
    case NoEventReason::kTitleRepeat:
      out += "a headline or title line whose act the body reports: the body's sentence is coded";
      break;
  }
  if (verdict.pattern != nullptr) out += " (pattern \"" + verdict.pattern->text + "\")";
  return out;
}

NoEventReason WhyNoPair(const CodedStory& story, const PatternMatch& match, int32_t source,
                        int32_t target, TokenRange* phrase) {
  const auto tokens = [&](int32_t p) {
    return p < 0 ? TokenRange{} : story.syntax.phrases[p].tokens;
  };
  if (match.pattern->code == kNoEventCode) return NoEventReason::kBlocked;
  if (story.actors.ActorsOf(source).empty()) {
    *phrase = tokens(source);
    return NoEventReason::kNoSource;
  }
  if (!match.reciprocal && story.actors.ActorsOf(target).empty()) {
    *phrase = tokens(target);
    return NoEventReason::kNoTarget;
  }
  return NoEventReason::kSameActor;
}

}  // namespace tacitus
