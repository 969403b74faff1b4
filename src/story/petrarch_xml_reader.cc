// PETRARCH XML: <Sentence date="YYYYMMDD" id="..."><Text>...</Text><Parse>...</Parse>
// </Sentence> records, wherever they stand in the file.
//
// The file is not parsed as one document: one broken record would lose them all. Instead the
// input is cut textually into records (outside comments and CDATA sections), in bounded
// memory, and each record is parsed on its own with pugixml.
#include <algorithm>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "story/format_reader.h"

namespace tacitus {
namespace {

constexpr std::string_view kStartTag = "<Sentence";
constexpr std::string_view kEndTag = "</Sentence";
constexpr std::string_view kCommentOpen = "<!--";
constexpr std::string_view kCommentClose = "-->";
constexpr std::string_view kCDataOpen = "<![CDATA[";
constexpr std::string_view kCDataClose = "]]>";
// Enough bytes from a '<' to tell which of the above starts there, with the byte after a tag
// name that tells "<Sentence " from "<Sentences".
constexpr size_t kLookahead =
    std::max({kStartTag.size(), kEndTag.size(), kCommentOpen.size(), kCDataOpen.size()}) + 1;

uint32_t CountLines(std::string_view text) {
  return static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n'));
}

// True when `name` stands at `at` as a whole tag name ("<Sentence" but not "<Sentences").
bool TagAt(std::string_view data, size_t at, std::string_view name) {
  if (data.substr(at, name.size()) != name) return false;
  const size_t next = at + name.size();
  return next < data.size() &&
         (IsAsciiWhitespace(data[next]) || data[next] == '>' || data[next] == '/');
}

// The value of attribute `name` in the start tag at the beginning of `record`, found
// textually: for messages about records that pugixml cannot parse.
std::string_view AttributeText(std::string_view record, std::string_view name) {
  record = record.substr(0, record.find('>'));
  for (size_t at = record.find(name); at != record.npos; at = record.find(name, at + 1)) {
    if (at == 0 || !IsAsciiWhitespace(record[at - 1])) continue;
    std::string_view rest = TrimLeading(record.substr(at + name.size()));
    if (!rest.starts_with('=')) continue;
    rest = TrimLeading(rest.substr(1));
    if (rest.empty() || (rest[0] != '"' && rest[0] != '\'')) continue;
    const size_t close = rest.find(rest[0], 1);
    if (close == rest.npos) continue;
    return rest.substr(1, close - 1);
  }
  return {};
}

class PetrarchXmlReader final : public FormatReader {
 public:
  using FormatReader::FormatReader;

  bool Next(Story* story) override {
    while (CutRecord()) {
      if (ParseRecord(story)) return true;
    }
    return false;
  }

 private:
  enum class Scan { kMarkup, kComment, kCData, kStartTag };
  enum class Record { kNone, kKeep, kDiscard };

  // Drops the first n bytes of the input, keeping count of lines and of pos_.
  void Drop(size_t n) {
    line_ += CountLines(input_->data().substr(0, n));
    input_->Consume(n);
    pos_ -= n;
  }

  // Starts a record at data()[at].
  void BeginRecord(size_t at) {
    Drop(at);
    record_ = Record::kKeep;
    record_line_ = line_;
    record_id_.clear();
    scan_ = Scan::kStartTag;
    pos_ = kStartTag.size();
  }

  // Reports the record being cut, which starts at data()[0] while kept.
  void ReportRecord(std::string reason) {
    if (record_ == Record::kKeep) record_id_ = AttributeText(input_->data(), "id");
    Report(record_line_, record_id_, std::move(reason));
  }

  // What one scanning step came to.
  enum class Step {
    kGoOn,      // scanned on: the next step continues from pos_
    kNeedMore,  // data() ends before the scan can decide
    kCut,       // a record is in record_text_
  };

  // Moves the next record into record_text_; false at the end of the input. Problems found by
  // cutting (a record without an end, an end without a record, a record over the size limit)
  // are reported here.
  bool CutRecord() {
    for (;;) {
      Step step = Step::kGoOn;
      switch (scan_) {
        case Scan::kMarkup:
          step = ScanMarkup();
          break;
        case Scan::kComment:
          step = ScanPast(kCommentClose);
          break;
        case Scan::kCData:
          step = ScanPast(kCDataClose);
          break;
        case Scan::kStartTag:
          step = ScanStartTag();
          break;
      }
      if (step == Step::kCut) return true;
      if (step == Step::kNeedMore && !ReadMore()) return false;
    }
  }

  // From pos_ in markup: to the next '<', and what starts there (a comment, CDATA, a record's
  // start or end tag, or other markup, passed over).
  Step ScanMarkup() {
    const std::string_view data = input_->data();
    const size_t open = data.find('<', pos_);
    if (open == data.npos) {
      pos_ = data.size();
      return Step::kNeedMore;
    }
    pos_ = open;
    if (record_ == Record::kNone && open > 0) {
      Drop(open);  // outside records nothing before a '<' matters
      return Step::kGoOn;
    }
    if (data.size() - open < kLookahead && !at_end_) return Step::kNeedMore;
    if (data.substr(open).starts_with(kCommentOpen)) {
      scan_ = Scan::kComment;
      comment_line_ = line_ + CountLines(data.substr(0, open));
      pos_ = open + kCommentOpen.size();
    } else if (data.substr(open).starts_with(kCDataOpen)) {
      scan_ = Scan::kCData;
      pos_ = open + kCDataOpen.size();
    } else if (TagAt(data, open, kStartTag)) {
      if (record_ == Record::kKeep) {  // a discarded record was reported already
        const uint32_t next_line = line_ + CountLines(data.substr(0, open));
        ReportRecord("no </Sentence> before the <Sentence> on line " + std::to_string(next_line));
      }
      BeginRecord(open);
    } else if (TagAt(data, open, kEndTag)) {
      const size_t close = data.find('>', open);
      if (close == data.npos) return Step::kNeedMore;
      if (EndRecord(close + 1)) return Step::kCut;
    } else {
      pos_ = open + 1;
    }
    return Step::kGoOn;
  }

  // From pos_ in a comment or CDATA section: past its `close`.
  Step ScanPast(std::string_view close) {
    const std::string_view data = input_->data();
    const size_t at = data.find(close, pos_);
    if (at == data.npos) {
      // The terminator may straddle the chunk boundary.
      pos_ = std::max(pos_, data.size() - std::min(data.size(), close.size() - 1));
      return Step::kNeedMore;
    }
    pos_ = at + close.size();
    scan_ = Scan::kMarkup;
    return Step::kGoOn;
  }

  // From pos_ in a record's start tag: to its end, which ends the record too if it is "/>".
  Step ScanStartTag() {
    const std::string_view data = input_->data();
    // '<' cannot stand in an attribute value, so it ends a broken start tag too.
    const size_t end = data.find_first_of("<>", pos_);
    if (end == data.npos) {
      pos_ = data.size();
      return Step::kNeedMore;
    }
    scan_ = Scan::kMarkup;
    pos_ = end;
    const bool self_closing = data[end] == '>' && end > 0 && data[end - 1] == '/';
    return self_closing && EndRecord(end + 1) ? Step::kCut : Step::kGoOn;
  }

  // Reads on when the scan needs more input, first dropping what no kept record needs (and a
  // record grown over the size limit, reported). False at the end of the input, after
  // reporting the record or comment it leaves open.
  bool ReadMore() {
    if (record_ == Record::kKeep && input_->data().size() > options_.max_story_bytes) {
      ReportRecord(LongerThan("record", options_.max_story_bytes));
      record_ = Record::kDiscard;
    }
    if (record_ != Record::kKeep) Drop(pos_);
    if (input_->ReadMore()) return true;
    if (!at_end_) {
      at_end_ = true;  // look again: tags shorter than kLookahead may end the input
      return true;
    }
    if (input_->failed()) {
      return false;  // StoryReader reports the read error; what is cut short says nothing
    } else if (record_ == Record::kKeep) {
      ReportRecord("no </Sentence> before the end of the input");
    } else if (scan_ == Scan::kComment) {
      Report(comment_line_, "", "comment not closed before the end of the input");
    }
    return false;
  }

  // Ends the record that closes at data()[end - 1]; true when it is in record_text_.
  bool EndRecord(size_t end) {
    if (record_ == Record::kNone) {
      Report(line_ + CountLines(input_->data().substr(0, pos_)), "",
             "</Sentence> without <Sentence>");
      pos_ = end;
      return false;
    }
    bool keep = record_ == Record::kKeep;
    if (keep && end > options_.max_story_bytes) {
      ReportRecord(LongerThan("record", options_.max_story_bytes));
      keep = false;
    }
    if (keep) {
      record_text_.assign(input_->data().substr(0, end));
      record_offset_ = input_->offset();
    }
    record_ = Record::kNone;
    pos_ = end;
    Drop(end);
    return keep;
  }

  bool ParseRecord(Story* story) {
    const uint32_t line = record_line_;
    if (auto bad = CheckUtf8(record_text_, record_offset_, line)) {
      Report(line, AttributeText(record_text_, "id"), std::move(*bad));
      return false;
    }
    const pugi::xml_parse_result parsed = document_.load_buffer(
        record_text_.data(), record_text_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
      const auto offset = static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0));
      const uint32_t error_line =
          line + CountLines(std::string_view(record_text_).substr(0, offset));
      Report(line, AttributeText(record_text_, "id"),
             std::string("malformed XML record: ") + parsed.description() + " (line " +
                 std::to_string(error_line) + ")");
      return false;
    }
    const pugi::xml_node sentence = document_.first_child();
    const std::string_view id = sentence.attribute("id").value();
    if (id.empty()) {
      Report(line, "", "missing id attribute");
      return false;
    }
    const pugi::xml_attribute date_attribute = sentence.attribute("date");
    if (!date_attribute) {
      Report(line, id, "missing date attribute");
      return false;
    }
    const std::optional<Date> date = Date::ParseCompact(date_attribute.value());
    if (!date) {
      Report(line, id, "invalid date " + Quoted(date_attribute.value()) + " (want YYYYMMDD)");
      return false;
    }
    const pugi::xml_node text = sentence.child("Text");
    if (!text) {
      Report(line, id, "no <Text> element");
      return false;
    }
    story->text.clear();
    AppendCharacterData(text, &story->text);
    const std::string_view trimmed = Trim(story->text);
    if (trimmed.empty()) {
      Report(line, id, "empty text");
      return false;
    }
    // Trim in place: the text keeps its capacity from story to story.
    const size_t leading = static_cast<size_t>(trimmed.data() - story->text.data());
    story->text.resize(leading + trimmed.size());
    story->text.erase(0, leading);

    story->id = id;
    story->date = *date;
    const pugi::xml_attribute source = sentence.attribute("source");
    if (source) {
      story->source = source.value();
    } else {
      story->source.reset();
    }
    story->url.reset();
    story->time.reset();
    story->title.reset();
    if (const pugi::xml_node parse = sentence.child("Parse")) {
      story->parse.emplace();
      AppendCharacterData(parse, &*story->parse);
    } else {
      story->parse.reset();
    }
    story->file = info_.file;
    story->line = line;
    return true;
  }

  // The text and CDATA children of `element`, in order.
  static void AppendCharacterData(const pugi::xml_node& element, std::string* out) {
    for (const pugi::xml_node child : element.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        out->append(child.value());
      }
    }
  }

  Scan scan_ = Scan::kMarkup;
  Record record_ = Record::kNone;
  size_t pos_ = 0;       // scanning position in input_->data()
  uint32_t line_ = 1;    // line of input_->data()[0]
  bool at_end_ = false;  // the input has no more bytes
  uint32_t record_line_ = 0;
  uint32_t comment_line_ = 0;
  std::string record_id_;  // of the record being cut, for messages once its start is dropped
  std::string record_text_;
  uint64_t record_offset_ = 0;
  pugi::xml_document document_;
};

}  // namespace

std::unique_ptr<FormatReader> NewPetrarchXmlReader(InputBuffer* input, InputInfo info,
                                                   const ReadOptions& options,
                                                   const ErrorSink& report) {
  return std::make_unique<PetrarchXmlReader>(input, std::move(info), options, report);
}

}  // namespace tacitus
