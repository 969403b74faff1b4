// A dyadic series drawn as a chart: stacked bars of the four quad classes per period (left
// axis, events) and the mean Goldstein score as a line (right axis, -10..+10).
//
//   auto format = ChartFormatOf("rus-chn.png");                       // kPng
//   auto image = DrawSeriesChart(points, {.title = "RUS ↔ CHN events by month"}, *format);
//   // *image: the bytes of the PNG file, for the caller to write (and check the writing)
//
// Drawing is in memory, so that the caller's checked output reports a failed write with its
// reason.
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

enum class ChartFormat { kPng, kSvg };

// The format a chart file's name asks for: .png or .svg. Fails with "PATH: the chart file must
// end in .png or .svg" on another extension.
Result<ChartFormat> ChartFormatOf(const std::string& path);

// The chart as the bytes of an image file; fails with cairo's reason when cairo cannot draw it.
Result<std::string> DrawSeriesChart(std::span<const SeriesPoint> points,
                                    const ChartOptions& options, ChartFormat format);

// Releases what cairo and fontconfig keep of the fonts they found, which they would hold until
// the process ends (and LeakSanitizer reports as leaks). For a program that draws no chart
// after it: `plot` after its chart, `serve` when it stops, the tests after the last.
void ReleaseChartFontCaches();

}  // namespace tacitus

#endif  // TACITUS_STORE_SERIES_CHART_H_
