#include "store/series_chart.h"

#include <cairo-svg.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

namespace tacitus {
namespace {

struct Rgb {
  double r, g, b;
};
// ColorBrewer greens for cooperation, oranges/reds for conflict: verbal lighter than material.
constexpr Rgb kQuadColors[4] = {
    {0.60, 0.84, 0.58}, {0.14, 0.55, 0.27}, {0.99, 0.68, 0.38}, {0.80, 0.16, 0.12}};
constexpr const char* kQuadNames[4] = {"verbal cooperation", "material cooperation",
                                       "verbal conflict", "material conflict"};
constexpr Rgb kGoldsteinColor = {0.13, 0.25, 0.60};
constexpr const char* kFont = "DejaVu Sans";

void SetColor(cairo_t* cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

double TextWidth(cairo_t* cr, const std::string& text) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

enum class Align { kLeft, kCenter, kRight };
void DrawText(cairo_t* cr, const std::string& text, double x, double y, Align align) {
  const double width = TextWidth(cr, text);
  cairo_move_to(cr,
                align == Align::kLeft     ? x
                : align == Align::kCenter ? x - width / 2
                                          : x - width,
                y);
  cairo_show_text(cr, text.c_str());
}

// A round step (1, 2, 5 x 10^k) that cuts 0..max into at most about five intervals.
double NiceStep(double max) {
  const double raw = std::max(max, 1.0) / 5;
  const double magnitude = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * magnitude >= raw) return std::max(1.0, m * magnitude);
  }
  return 10 * magnitude;
}

std::string Number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

// Where the plot area lies and how counts, scores and periods map onto it: what every step of
// the drawing shares.
struct ChartFrame {
  double width, height;   // of the whole chart
  double left, top;       // margins before the plot area
  double plot_w, plot_h;  // the plot area
  double x0, y0;          // its bottom-left corner
  double step, y_max;     // the left axis: grid step and top value, in events
  double slot;            // the width given to each period

  double YOfCount(double count) const { return y0 - count / y_max * plot_h; }
  double YOfGoldstein(double g) const { return y0 - (g + 10) / 20 * plot_h; }
  double XOfPeriodCenter(size_t i) const { return x0 + slot * (i + 0.5); }
};

ChartFrame MakeFrame(std::span<const SeriesPoint> points, const ChartOptions& options) {
  ChartFrame f;
  f.width = options.width;
  f.height = options.height;
  f.left = 70;
  f.top = 72;
  const double right = 70, bottom = 96;
  f.plot_w = f.width - f.left - right;
  f.plot_h = f.height - f.top - bottom;
  f.x0 = f.left;
  f.y0 = f.top + f.plot_h;
  int64_t max_events = 0;
  for (const SeriesPoint& p : points) max_events = std::max(max_events, p.events);
  f.step = NiceStep(static_cast<double>(max_events));
  f.y_max = std::max(f.step, std::ceil(max_events / f.step) * f.step);
  f.slot = points.empty() ? f.plot_w : f.plot_w / points.size();
  return f;
}

// A white page with the title and, under it, the subtitle ("no events" when there are none).
void DrawHeadings(cairo_t* cr, const ChartOptions& options, bool empty, const ChartFrame& f) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(cr, 19);
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  DrawText(cr, options.title, f.left, 32, Align::kLeft);
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 13);
  cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
  DrawText(cr, empty ? "no events" : options.subtitle, f.left, 53, Align::kLeft);
}

// The horizontal grid with the left axis's event counts, and the right axis's Goldstein
// scores with their zero line dashed.
void DrawAxes(cairo_t* cr, const ChartFrame& f) {
  cairo_set_font_size(cr, 12);
  cairo_set_line_width(cr, 1);
  for (double v = 0; v <= f.y_max + f.step / 2; v += f.step) {
    const double y = std::round(f.YOfCount(v)) + 0.5;
    cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
    cairo_move_to(cr, f.x0, y);
    cairo_line_to(cr, f.x0 + f.plot_w, y);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    DrawText(cr, Number(v), f.x0 - 8, y + 4, Align::kRight);
  }
  for (int g = -10; g <= 10; g += 5) {
    const double y = std::round(f.YOfGoldstein(g)) + 0.5;
    SetColor(cr, kGoldsteinColor);
    std::string label = g > 0 ? "+" : "";
    label += std::to_string(g);
    DrawText(cr, label, f.x0 + f.plot_w + 8, y + 4, Align::kLeft);
    if (g == 0) {
      const double dash[] = {4, 4};
      cairo_set_dash(cr, dash, 2, 0);
      cairo_set_source_rgba(cr, kGoldsteinColor.r, kGoldsteinColor.g, kGoldsteinColor.b, 0.45);
      cairo_move_to(cr, f.x0, y);
      cairo_line_to(cr, f.x0 + f.plot_w, y);
      cairo_stroke(cr);
      cairo_set_dash(cr, nullptr, 0, 0);
    }
  }
}

// The axes' names, written along them.
void DrawAxisNames(cairo_t* cr, const ChartFrame& f) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
  cairo_translate(cr, 24, f.top + f.plot_h / 2);
  cairo_rotate(cr, -M_PI / 2);
  DrawText(cr, "events", 0, 0, Align::kCenter);
  cairo_restore(cr);
  cairo_save(cr);
  SetColor(cr, kGoldsteinColor);
  cairo_translate(cr, f.width - 22, f.top + f.plot_h / 2);
  cairo_rotate(cr, M_PI / 2);
  DrawText(cr, "mean Goldstein", 0, 0, Align::kCenter);
  cairo_restore(cr);
}

// A bar a period: its events stacked by quad class, cooperation at the bottom.
void DrawBars(cairo_t* cr, std::span<const SeriesPoint> points, const ChartFrame& f) {
  const double bar = std::max(1.0, std::min(f.slot * 0.72, 60.0));
  for (size_t i = 0; i < points.size(); ++i) {
    const double x = f.x0 + f.slot * i + (f.slot - bar) / 2;
    double base = 0;
    for (int q = 0; q < 4; ++q) {
      const double count = static_cast<double>(points[i].quad_counts[q]);
      if (count == 0) continue;
      SetColor(cr, kQuadColors[q]);
      cairo_rectangle(cr, x, f.YOfCount(base + count), bar,
                      f.YOfCount(base) - f.YOfCount(base + count));
      cairo_fill(cr);
      base += count;
    }
  }
}

// The mean Goldstein score as a line with a dot a period, broken where a period has no events.
void DrawGoldsteinLine(cairo_t* cr, std::span<const SeriesPoint> points, const ChartFrame& f) {
  SetColor(cr, kGoldsteinColor);
  cairo_set_line_width(cr, 2.2);
  bool drawing = false;
  for (size_t i = 0; i < points.size(); ++i) {
    const double x = f.XOfPeriodCenter(i);
    if (points[i].events == 0) {
      if (drawing) cairo_stroke(cr);
      drawing = false;
      continue;
    }
    const double y = f.YOfGoldstein(points[i].goldstein_mean);
    drawing ? cairo_line_to(cr, x, y) : cairo_move_to(cr, x, y);
    drawing = true;
  }
  if (drawing) cairo_stroke(cr);
  for (size_t i = 0; i < points.size(); ++i) {
    if (points[i].events == 0) continue;
    cairo_arc(cr, f.XOfPeriodCenter(i), f.YOfGoldstein(points[i].goldstein_mean), 3.5, 0, 2 * M_PI);
    cairo_fill(cr);
  }
}

// The x axis and as many period labels as fit without touching.
void DrawPeriodAxis(cairo_t* cr, std::span<const SeriesPoint> points, const ChartFrame& f) {
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  cairo_set_line_width(cr, 1);
  cairo_move_to(cr, f.x0, std::round(f.y0) + 0.5);
  cairo_line_to(cr, f.x0 + f.plot_w, std::round(f.y0) + 0.5);
  cairo_stroke(cr);
  cairo_set_font_size(cr, 12);
  double widest = 0;
  for (const SeriesPoint& p : points) widest = std::max(widest, TextWidth(cr, p.label));
  const size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil((widest + 12) / f.slot)));
  for (size_t i = 0; i < points.size(); i += every) {
    DrawText(cr, points[i].label, f.XOfPeriodCenter(i), f.y0 + 20, Align::kCenter);
  }
}

// The legend, centred under the x axis: a swatch a quad class, then the Goldstein line.
void DrawLegend(cairo_t* cr, const ChartFrame& f) {
  cairo_set_font_size(cr, 12);
  double legend_width = 0;
  for (const char* name : kQuadNames) legend_width += 14 + 6 + TextWidth(cr, name) + 18;
  legend_width += 22 + 6 + TextWidth(cr, "mean Goldstein");
  double x = std::max(10.0, (f.width - legend_width) / 2);
  const double y = f.height - 26;
  for (int q = 0; q < 4; ++q) {
    SetColor(cr, kQuadColors[q]);
    cairo_rectangle(cr, x, y - 10, 14, 12);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
    DrawText(cr, kQuadNames[q], x + 20, y, Align::kLeft);
    x += 20 + TextWidth(cr, kQuadNames[q]) + 18;
  }
  SetColor(cr, kGoldsteinColor);
  cairo_set_line_width(cr, 2.2);
  cairo_move_to(cr, x, y - 4);
  cairo_line_to(cr, x + 22, y - 4);
  cairo_stroke(cr);
  cairo_arc(cr, x + 11, y - 4, 3.5, 0, 2 * M_PI);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
  DrawText(cr, "mean Goldstein", x + 28, y, Align::kLeft);
}

// The steps in this order: later ones paint over earlier ones, and a step may write in the font
// an earlier one chose (the axis names in DrawAxes' size).
void Draw(cairo_t* cr, std::span<const SeriesPoint> points, const ChartOptions& options) {
  const ChartFrame frame = MakeFrame(points, options);
  DrawHeadings(cr, options, points.empty(), frame);
  DrawAxes(cr, frame);
  DrawAxisNames(cr, frame);
  DrawBars(cr, points, frame);
  DrawGoldsteinLine(cr, points, frame);
  DrawPeriodAxis(cr, points, frame);
  DrawLegend(cr, frame);
}

// A cairo write function that appends to the std::string `closure`.
cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct SurfaceCloser {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextCloser {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};

}  // namespace

Result<ChartFormat> ChartFormatOf(const std::string& path) {
  if (path.ends_with(".svg")) return ChartFormat::kSvg;
  if (path.ends_with(".png")) return ChartFormat::kPng;
  return Status::Error(StatusCode::kInvalidArgument,
                       path + ": the chart file must end in .png or .svg");
}

Result<std::string> DrawSeriesChart(std::span<const SeriesPoint> points,
                                    const ChartOptions& options, ChartFormat format) {
  const bool svg = format == ChartFormat::kSvg;
  std::string image;
  std::unique_ptr<cairo_surface_t, SurfaceCloser> surface(
      svg ? cairo_svg_surface_create_for_stream(&AppendToString, &image, options.width,
                                                options.height)
          : cairo_image_surface_create(CAIRO_FORMAT_ARGB32, options.width, options.height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return Status::Error(StatusCode::kIoError,
                         cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  {
    std::unique_ptr<cairo_t, ContextCloser> cr(cairo_create(surface.get()));
    Draw(cr.get(), points, options);
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      return Status::Error(StatusCode::kIoError, cairo_status_to_string(cairo_status(cr.get())));
    }
  }
  cairo_status_t status;
  if (svg) {
    cairo_surface_finish(surface.get());
    status = cairo_surface_status(surface.get());
  } else {
    status = cairo_surface_write_to_png_stream(surface.get(), &AppendToString, &image);
  }
  if (status != CAIRO_STATUS_SUCCESS) {
    return Status::Error(StatusCode::kIoError, cairo_status_to_string(status));
  }
  return image;
}

void ReleaseChartFontCaches() {
  cairo_debug_reset_static_data();
  FcFini();
}

}  // namespace tacitus
