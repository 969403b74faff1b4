// A dyadic series drawn as a chart: stacked bars of the four quad classes per period (left
// axis, events) and the mean Goldstein score as a line (right axis, -10..+10).
//
//   Status s = DrawSeriesChart(points, {.title = "RUS ↔ CHN events by month"}, "rus-chn.png");
//
// The format follows the file's extension: .png or .svg. Fails (nothing written) on another
// extension or when cairo cannot write the file.
#ifndef TACITUS_STORE_SERIES_CHART_H_
#define TACITUS_STORE_SERIES_CHART_H_

#include <span>
#include <string>

#include "tacitus/event_store.h"
#include "tacitus/status.h"

namespace tacitus {

struct ChartOptions {
  std::string title;
  std::string subtitle;
  int width = 1000, height = 560;  // pixels (SVG: points)
};

Status DrawSeriesChart(std::span<const SeriesPoint> points, const ChartOptions& options,
                       const std::string& path);

}  // namespace tacitus

#endif  // TACITUS_STORE_SERIES_CHART_H_
