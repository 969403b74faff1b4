#include "cli/series_command.h"

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/checked_output.h"
#include "cli/query_command.h"
#include "store/series_chart.h"

namespace tacitus::cli {
namespace {

// The options series and plot share.
struct SeriesOptions {
  std::string db;
  SeriesQuery query;
  DictionaryOption dictionary;
  std::string by = "month";
  std::string from, to;

  void AddTo(CLI::App* command) {
    command->add_option("--db", db, "event database: an SQLite file or a PostgreSQL URI")
        ->required();
    command->add_option("--source", query.source,
                        "source actors, comma-separated: code prefixes (RUS matches RUSGOV) "
                        "or names (Russia)");
    command->add_option("--target", query.target, "target actors, as --source");
    command->add_flag("--both-directions", query.both_directions,
                      "count target -> source events too");
    command->add_option("--by", by, "period: day, week (ISO), month or year")
        ->capture_default_str();
    command->add_option("--from", from, "first event date: YYYY-MM-DD, YYYY-MM or YYYY");
    command->add_option("--to", to, "last event date: YYYY-MM-DD, YYYY-MM or YYYY (its last day)");
    dictionary.AddTo(command);
  }

  // The query, or nullopt after printing why there is none.
  std::optional<SeriesQuery> ToQueryOrReport(std::string_view command) const {
    SeriesQuery result = query;
    const std::optional<PeriodUnit> unit = ParsePeriodUnit(by);
    auto from_date = ParseDateOption("--from", from, DateEdge::kFirstDay);
    auto to_date = ParseDateOption("--to", to, DateEdge::kLastDay);
    std::string problem;
    if (const Status read = ReadActorNames(dictionary, command, {&result.source, &result.target});
        !read.ok()) {
      problem = read.message();
    }
    if (!unit) problem = "--by must be day, week, month or year, got '" + by + "'";
    if (!from_date.ok()) problem = from_date.status().message();
    if (!to_date.ok()) problem = to_date.status().message();
    if (!problem.empty()) {
      std::cerr << "tacitus " << command << ": " << problem << "\n";
      return std::nullopt;
    }
    result.unit = *unit;
    result.from = *from_date;
    result.to = *to_date;
    return result;
  }

  // "RUS ↔ CHN", "RUS → any".
  std::string Dyad() const {
    const std::string source = query.source.empty() ? "any" : query.source;
    const std::string target = query.target.empty() ? "any" : query.target;
    return source + (query.both_directions ? " \u2194 " : " \u2192 ") + target;
  }
};

std::optional<std::vector<SeriesPoint>> LoadSeries(std::string_view command,
                                                   const SeriesOptions& options,
                                                   SeriesQuery* query) {
  const std::optional<SeriesQuery> parsed = options.ToQueryOrReport(command);
  if (!parsed) return std::nullopt;
  *query = *parsed;
  std::unique_ptr<EventStore> store = OpenStoreOrReport(command, options.db);
  if (store == nullptr) return std::nullopt;
  auto series = store->Series(*query);
  if (!series.ok()) {
    std::cerr << "tacitus " << command << ": " << series.status().message() << "\n";
    return std::nullopt;
  }
  return std::move(series).value();
}

struct SeriesCommandOptions {
  SeriesOptions series;
  std::string format;
};

int RunSeries(const SeriesCommandOptions& options) {
  const std::string format = options.format.empty() ? DefaultFormat("csv") : options.format;
  if (format != "table" && format != "csv" && format != "json") {
    std::cerr << "tacitus series: --format must be table, csv or json, got '" << format << "'\n";
    return 1;
  }
  SeriesQuery query;
  const auto series = LoadSeries("series", options.series, &query);
  if (!series) return 1;
  if (format == "json") {
    nlohmann::json points = nlohmann::json::array();
    for (const SeriesPoint& p : *series) {
      points.push_back({{"period", p.label},
                        {"start", p.start.ToString()},
                        {"verbal_cooperation", p.quad_counts[0]},
                        {"material_cooperation", p.quad_counts[1]},
                        {"verbal_conflict", p.quad_counts[2]},
                        {"material_conflict", p.quad_counts[3]},
                        {"events", p.events},
                        {"goldstein_sum", p.goldstein_sum},
                        {"goldstein_mean", p.goldstein_mean},
                        {"stories", p.stories},
                        {"mentions", p.mentions}});
    }
    const nlohmann::json document = {{"source", query.source},
                                     {"target", query.target},
                                     {"both_directions", query.both_directions},
                                     {"by", PeriodUnitName(query.unit)},
                                     {"series", points}};
    std::cout << document.dump(1) << "\n";
    return 0;
  }
  if (format == "table") {
    std::cout << options.series.Dyad() << ", events by " << PeriodUnitName(query.unit) << "\n\n";
  }
  RowWriter rows(
      format == "table" ? RowWriter::kTable : RowWriter::kCsv,
      format == "table"
          ? std::vector<std::string>{"period", "verbal coop", "material coop", "verbal confl",
                                     "material confl", "events", "goldstein", "mean", "stories"}
          : std::vector<std::string>{"period", "start", "verbal_cooperation",
                                     "material_cooperation", "verbal_conflict", "material_conflict",
                                     "events", "goldstein_sum", "goldstein_mean", "stories",
                                     "mentions"},
      // Only a table aligns; its first column is the period's label.
      std::vector<bool>{false, true, true, true, true, true, true, true, true, true, true},
      &std::cout);
  for (const SeriesPoint& p : *series) {
    std::vector<std::string> row = {p.label};
    if (format != "table") row.push_back(p.start.ToString());
    for (int64_t count : p.quad_counts) row.push_back(std::to_string(count));
    row.push_back(std::to_string(p.events));
    row.push_back(FormatNumber(p.goldstein_sum));
    row.push_back(FormatNumber(p.goldstein_mean));
    row.push_back(std::to_string(p.stories));
    if (format != "table") row.push_back(std::to_string(p.mentions));
    rows.Add(std::move(row));
  }
  rows.Finish();
  if (format == "table" && series->empty()) std::cout << "(no events)\n";
  return 0;
}

struct PlotOptions {
  SeriesOptions series;
  std::string output;
  int width = 1000, height = 560;
};

int RunPlot(const PlotOptions& options) {
  const auto format = ChartFormatOf(options.output);
  if (!format.ok()) {
    std::cerr << "tacitus plot: " << format.status().message() << "\n";
    return 1;
  }
  SeriesQuery query;
  const auto series = LoadSeries("plot", options.series, &query);
  if (!series) return 1;
  ChartOptions chart;
  chart.title = options.series.Dyad() + " events by " + std::string(PeriodUnitName(query.unit));
  if (!series->empty()) {
    chart.subtitle = series->front().label + " to " + series->back().label;
  }
  chart.width = options.width;
  chart.height = options.height;
  const auto image = DrawSeriesChart(*series, chart, *format);
  ReleaseChartFontCaches();  // nothing draws after the chart
  if (!image.ok()) {
    std::cerr << "tacitus plot: " << image.status().message() << "\n";
    return 1;
  }
  auto file = OutputFile::Open(options.output);
  if (!file.ok()) return ReportWriteError(file.status());
  (*file)->stream() << *image;
  const Status closed = (*file)->Close();
  return closed.ok() ? 0 : ReportWriteError(closed);
}

}  // namespace

void AddSeriesCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<SeriesCommandOptions>();
  CLI::App* command = app->add_subcommand(
      "series", "a dyad's events per period: counts per quad class, Goldstein, stories");
  options->series.AddTo(command);
  command->add_option("--format", options->format,
                      "table, csv or json (default: table on a terminal, else csv)");
  command->callback([options, exit_status] { *exit_status = RunSeries(*options); });
}

void AddPlotCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<PlotOptions>();
  CLI::App* command = app->add_subcommand(
      "plot", "draw a dyad's series: stacked quad-class bars and the mean Goldstein score");
  options->series.AddTo(command);
  command->add_option("-o,--output", options->output, "chart file: .png or .svg")->required();
  command->add_option("--width", options->width, "pixels")
      ->capture_default_str()
      ->check(CLI::Range(200, 8000));
  command->add_option("--height", options->height, "pixels")
      ->capture_default_str()
      ->check(CLI::Range(150, 8000));
  command->callback([options, exit_status] { *exit_status = RunPlot(*options); });
}

}  // namespace tacitus::cli
