// The Python module `tacitus` (pybind11), over the library's public API:
//
//   import tacitus
//   pipeline = tacitus.Pipeline()                    # data_dir=None: found as the CLI finds it
//   events = pipeline.code("Putin met Xi in Beijing.", "2023-11-08", id="a")
//   events = pipeline.code_many([("a", "2023-11-08", "Putin met Xi.")], threads=2)
//   rows = tacitus.Store("tacitus.db").query(source="RUS", code="04")
//   frame = tacitus.Store("tacitus.db").to_pandas(source="RUS")   # needs pandas
//
// An event is a dict with the fields of `tacitus code`'s JSON Lines (EventToJson, the same
// function, parsed with Python's json module); a stored event a dict with those of
// `tacitus query --format jsonl` (StoredEventToJson). Coding and querying release the GIL.
//
// Failure raises: ValueError for a malformed argument (a date that is not YYYY-MM-DD, a story
// that is neither (id, date, text) nor a dict with those keys), TypeError for an unknown
// filter, FileNotFoundError for a missing data directory or database, tacitus.Error for the
// rest (dictionary errors, a file that is not an event store, SQLite's errors); the message
// is the library's, which names the file, line or story.
#include <dlfcn.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "tacitus/tacitus.h"

namespace py = pybind11;

namespace tacitus::python {
namespace {

// tacitus.Error: what the library reports that is neither a bad argument nor a missing file.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

[[noreturn]] void Raise(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      throw py::value_error(status.message());
    case StatusCode::kNotFound:
      PyErr_SetString(PyExc_FileNotFoundError, status.message().c_str());
      throw py::error_already_set();
    default:
      throw Error(status.message());
  }
}

bool HoldsDictionaries(const std::filesystem::path& dir) {
  std::error_code error;
  return std::filesystem::is_regular_file(dir / "cameo" / "event_codes.tsv", error);
}

// Where the CLI would find the dictionaries, with the module standing in for the binary:
// $TACITUS_DATA; the data/ of the source tree whose build/python/ holds the module (as
// build/tacitus finds data/); the data installed under the module's prefix
// (<prefix>/share/tacitus/data, TACITUS_DATA_FROM_MODULE from the module's directory).
std::optional<std::string> FindDataDir() {
  if (const char* env = std::getenv("TACITUS_DATA"); env != nullptr && *env != '\0') {
    if (HoldsDictionaries(env)) return std::string(env);
  }
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&FindDataDir), &info) == 0 || info.dli_fname == nullptr) {
    return std::nullopt;
  }
  std::error_code error;
  const std::filesystem::path module_dir =
      std::filesystem::canonical(info.dli_fname, error).parent_path();
  if (error) return std::nullopt;
  for (const std::filesystem::path& data :
       {module_dir / ".." / ".." / "data", module_dir / TACITUS_DATA_FROM_MODULE}) {
    if (HoldsDictionaries(data)) return data.lexically_normal().string();
  }
  return std::nullopt;
}

// "2023-11-08", or a datetime.date / datetime.datetime (its day).
Date ToDate(py::handle value, const std::string& what) {
  if (py::isinstance<py::str>(value)) {
    const std::string text = value.cast<std::string>();
    if (std::optional<Date> date = Date::ParseIso(text)) return *date;
    throw py::value_error(what + " must be YYYY-MM-DD, got '" + text + "'");
  }
  if (py::hasattr(value, "year") && py::hasattr(value, "month") && py::hasattr(value, "day")) {
    if (std::optional<Date> date =
            Date::FromYmd(value.attr("year").cast<int>(), value.attr("month").cast<int>(),
                          value.attr("day").cast<int>())) {
      return *date;
    }
  }
  throw py::value_error(what + " must be YYYY-MM-DD or a datetime.date, got " +
                        py::repr(value).cast<std::string>());
}

// JSON objects, one a string, as a list of Python objects: parsed by the json module at
// once, as one array.
py::list ParseJsonObjects(const std::vector<std::string>& objects) {
  size_t size = 2;
  for (const std::string& object : objects) size += object.size() + 1;
  std::string array;
  array.reserve(size);
  array += '[';
  for (size_t i = 0; i < objects.size(); ++i) {
    if (i > 0) array += ',';
    array += objects[i];
  }
  array += ']';
  return py::module_::import("json").attr("loads")(py::str(array));
}

// One story of code_many: (id, date, text) or a dict with id, date, text and optionally
// source, url, title. `index` counts from 0 and names the story in errors.
Story ToStory(py::handle item, size_t index) {
  const std::string where = "story " + std::to_string(index);
  Story story;
  if (py::isinstance<py::dict>(item)) {
    const auto dict = py::reinterpret_borrow<py::dict>(item);
    for (const char* key : {"id", "date", "text"}) {
      if (!dict.contains(key)) throw py::value_error(where + ": no '" + key + "'");
    }
    story.id = py::str(dict["id"]).cast<std::string>();
    story.date = ToDate(dict["date"], where + " (" + story.id + "): date");
    story.text = dict["text"].cast<std::string>();
    for (auto [key, field] : {std::pair{"source", &story.source}, std::pair{"url", &story.url},
                              std::pair{"title", &story.title}}) {
      if (dict.contains(key) && !dict[key].is_none()) *field = dict[key].cast<std::string>();
    }
    return story;
  }
  if (!py::isinstance<py::sequence>(item) || py::isinstance<py::str>(item) || py::len(item) != 3) {
    throw py::value_error(where + ": must be (id, date, text) or a dict, got " +
                          py::repr(item).cast<std::string>());
  }
  const auto fields = py::reinterpret_borrow<py::sequence>(item);
  story.id = py::str(fields[0]).cast<std::string>();
  story.date = ToDate(fields[1], where + " (" + story.id + "): date");
  story.text = fields[2].cast<std::string>();
  return story;
}

class Pipeline {
 public:
  explicit Pipeline(std::optional<std::string> data_dir) {
    PipelineOptions options;
    if (data_dir) {
      options.data_dir = *data_dir;
    } else if (std::optional<std::string> found = FindDataDir()) {
      options.data_dir = *found;
    } else {
      Raise(Status::Error(StatusCode::kNotFound,
                          "no dictionary directory found; give data_dir or set TACITUS_DATA"));
    }
    Diagnostics diagnostics;
    auto pipeline = EventPipeline::Create(options, &diagnostics);
    if (!pipeline.ok()) Raise(pipeline.status());
    pipeline_ = std::move(pipeline).value();
    data_dir_ = options.data_dir;
    for (const Diagnostic& diagnostic : diagnostics) warnings_.push_back(diagnostic.ToString());
  }

  const std::string& data_dir() const { return data_dir_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

  py::list Code(const std::string& text, py::handle date, const std::optional<std::string>& id) {
    Story story;
    story.id = id.value_or("");
    story.date = ToDate(date, "date");
    story.text = text;
    std::vector<std::vector<std::string>> events(1);
    {
      py::gil_scoped_release release;
      CodeStories({&story, 1}, 1, &events);
    }
    return ParseJsonObjects(events[0]);
  }

  // Reads `stories` a batch at a time and codes each batch on `threads` threads (0: one per
  // core), the GIL released, so that the stories held in C++ stay bounded whatever the input.
  // The threads wait for each other at the end of a batch: batches are large so that they
  // seldom do.
  py::list CodeMany(py::iterable stories, size_t threads) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    const size_t batch_stories = 1024 * threads;
    constexpr size_t kBatchBytes = size_t{16} << 20;
    size_t batch_bytes = 0;
    py::list result;
    std::vector<Story> batch;
    std::vector<std::vector<std::string>> events;
    size_t index = 0;
    auto flush = [&] {
      events.assign(batch.size(), {});
      {
        py::gil_scoped_release release;
        CodeStories(batch, threads, &events);
      }
      std::vector<std::string> all;
      for (auto& story_events : events) {
        for (std::string& event : story_events) all.push_back(std::move(event));
      }
      for (py::handle event : ParseJsonObjects(all)) result.append(event);
      batch.clear();
      batch_bytes = 0;
    };
    for (py::handle item : stories) {
      batch.push_back(ToStory(item, index++));
      batch_bytes += batch.back().text.size();
      if (batch.size() == batch_stories || batch_bytes >= kBatchBytes) flush();
    }
    if (!batch.empty()) flush();
    return result;
  }

 private:
  // Codes stories[i] into (*events)[i], the events as JSON, on `threads` threads; called
  // without the GIL.
  void CodeStories(std::span<const Story> stories, size_t threads,
                   std::vector<std::vector<std::string>>* events) {
    threads = std::min(threads, stories.size());
    std::vector<std::unique_ptr<EventPipeline::Scratch>> scratches = TakeScratches(threads);
    std::atomic<size_t> next = 0;
    auto work = [&](EventPipeline::Scratch* scratch) {
      std::vector<Event> coded;
      for (size_t i; (i = next.fetch_add(1)) < stories.size();) {
        coded.clear();
        pipeline_->Process(stories[i], scratch, &coded);
        const StoryText text(stories[i].text);
        for (const Event& event : coded) {
          (*events)[i].push_back(EventToJson(event, text));
        }
      }
    };
    {
      std::vector<std::jthread> workers;
      for (size_t t = 1; t < threads; ++t) workers.emplace_back(work, scratches[t].get());
      if (threads > 0) work(scratches[0].get());
    }
    ReturnScratches(std::move(scratches));
  }

  // Scratches are kept between calls (their buffers grow to fit the stories) and shared by
  // the Python threads that call at the same time.
  std::vector<std::unique_ptr<EventPipeline::Scratch>> TakeScratches(size_t count) {
    std::vector<std::unique_ptr<EventPipeline::Scratch>> taken;
    std::lock_guard lock(scratch_mutex_);
    while (taken.size() < count && !spare_scratches_.empty()) {
      taken.push_back(std::move(spare_scratches_.back()));
      spare_scratches_.pop_back();
    }
    while (taken.size() < count) taken.push_back(std::make_unique<EventPipeline::Scratch>());
    return taken;
  }

  void ReturnScratches(std::vector<std::unique_ptr<EventPipeline::Scratch>> scratches) {
    std::lock_guard lock(scratch_mutex_);
    for (auto& scratch : scratches) spare_scratches_.push_back(std::move(scratch));
  }

  std::unique_ptr<const EventPipeline> pipeline_;
  std::string data_dir_;
  std::vector<std::string> warnings_;
  std::mutex scratch_mutex_;
  std::vector<std::unique_ptr<EventPipeline::Scratch>> spare_scratches_;
};

// The keyword arguments of Store.query as the `query` subcommand's filters: the option names
// without their dashes, '_' for '-' ("from" may also be given as from_, a Python keyword).
EventFilter ToFilter(const py::kwargs& filters) {
  EventFilter filter;
  for (auto [key_handle, value] : filters) {
    const std::string key = key_handle.cast<std::string>();
    std::string* text = key == "source"       ? &filter.source
                        : key == "target"     ? &filter.target
                        : key == "actor"      ? &filter.actor
                        : key == "code"       ? &filter.code
                        : key == "root"       ? &filter.root
                        : key == "plover"     ? &filter.plover
                        : key == "place"      ? &filter.place
                        : key == "country"    ? &filter.country
                        : key == "text"       ? &filter.text
                        : key == "story_text" ? &filter.story_text
                                              : nullptr;
    if (text != nullptr) {
      *text = value.cast<std::string>();
    } else if (key == "quad_class") {
      filter.quad_class = value.cast<int>();
      if (filter.quad_class < 1 || filter.quad_class > 4) {
        throw py::value_error("quad_class must be 1..4, got " + std::to_string(filter.quad_class));
      }
    } else if (key == "both_directions") {
      filter.both_directions = value.cast<bool>();
    } else if (key == "limit") {
      filter.limit = value.cast<int64_t>();
    } else if (key == "from" || key == "from_") {
      filter.from = ToDate(value, "from");
    } else if (key == "to") {
      filter.to = ToDate(value, "to");
    } else {
      throw py::type_error("query() got an unknown filter '" + key +
                           "'; the filters are source, target, actor, code, root, quad_class, "
                           "plover, from, to, place, country, text, story_text, "
                           "both_directions, limit");
    }
  }
  return filter;
}

class Store {
 public:
  explicit Store(const std::string& path) {
    auto store = EventStore::Open(path, EventStore::kReadOnly);
    if (!store.ok()) Raise(store.status());
    store_ = std::move(store).value();
  }

  py::list Query(const py::kwargs& filters) {
    const EventFilter filter = ToFilter(filters);
    std::vector<std::string> rows;
    Status status;
    {
      py::gil_scoped_release release;
      std::lock_guard lock(mutex_);  // an EventStore serves one thread at a time
      status = store_->ForEachEvent(filter, [&](const StoredEvent& event) {
        rows.push_back(StoredEventToJson(event));
        return true;
      });
    }
    if (!status.ok()) Raise(status);
    return ParseJsonObjects(rows);
  }

  // The rows of Query as a DataFrame, one column per field.
  py::object ToPandas(const py::kwargs& filters) {
    py::list rows = Query(filters);
    return py::module_::import("pandas").attr("DataFrame")(rows);
  }

 private:
  std::mutex mutex_;
  std::unique_ptr<EventStore> store_;
};

}  // namespace
}  // namespace tacitus::python

PYBIND11_MODULE(tacitus, m) {
  using tacitus::python::Pipeline;
  using tacitus::python::Store;
  m.doc() = "tacitus: political event data (CAMEO) from news text";
  py::register_exception<tacitus::python::Error>(m, "Error");

  py::class_<Pipeline>(m, "Pipeline",
                       "Codes stories into CAMEO events with the dictionaries of data_dir.")
      .def(py::init<std::optional<std::string>>(), py::arg("data_dir") = py::none(),
           "Loads the dictionaries of data_dir (None: $TACITUS_DATA, else the data/ of the "
           "source tree the module was built in, else the installed data). Raises "
           "FileNotFoundError when there is none, tacitus.Error on dictionary errors.")
      .def_property_readonly("data_dir", &Pipeline::data_dir, "the dictionaries' directory")
      .def_property_readonly("warnings", &Pipeline::warnings,
                             "what the dictionary loader found, as file:line: message")
      .def("code", &Pipeline::Code, py::arg("text"), py::arg("date"), py::arg("id") = py::none(),
           "The events of one story (date 'YYYY-MM-DD' or a datetime.date) as dicts with the "
           "fields of `tacitus code`'s JSON Lines.")
      .def("code_many", &Pipeline::CodeMany, py::arg("stories"), py::arg("threads") = 0,
           "The events of every story of an iterable of (id, date, text) tuples or dicts "
           "(id, date, text; optionally source, url, title), in input order, coded on "
           "`threads` threads (0: one per core).");

  py::class_<Store>(m, "Store", "An event database written by `tacitus ingest`, read only.")
      .def(py::init<const std::string&>(), py::arg("path"),
           "path: an SQLite file, or a PostgreSQL URI (postgresql://user@host/dbname). Raises "
           "FileNotFoundError when path is missing (or the database holds no store), "
           "tacitus.Error when it is not a tacitus event store or the server cannot be reached.")
      .def("query", &Store::Query,
           "The stored events that match the filters of `tacitus query` (source, target, "
           "actor, code, root, quad_class, plover, from (or from_), to, place, country, text, "
           "story_text, both_directions, "
           "limit), by date, as dicts with the fields of its JSON Lines.")
      .def("to_pandas", &Store::ToPandas,
           "query(**filters) as a pandas DataFrame, one column per field.");
}
