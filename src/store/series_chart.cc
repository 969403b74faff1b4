#include "store/series_chart.h"

#include <cairo-svg.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

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

void Draw(cairo_t* cr, std::span<const SeriesPoint> points, const ChartOptions& options) {
  const double width = options.width, height = options.height;
  const double left = 70, right = 70, top = 72, bottom = 96;
  const double plot_w = width - left - right, plot_h = height - top - bottom;
  const double x0 = left, y0 = top + plot_h;  // bottom-left of the plot area

  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(cr, 19);
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  DrawText(cr, options.title, left, 32, Align::kLeft);
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 13);
  cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
  DrawText(cr, points.empty() ? "no events" : options.subtitle, left, 53, Align::kLeft);

  int64_t max_events = 0;
  for (const SeriesPoint& p : points) max_events = std::max(max_events, p.events);
  const double step = NiceStep(static_cast<double>(max_events));
  const double y_max = std::max(step, std::ceil(max_events / step) * step);
  auto y_of_count = [&](double count) { return y0 - count / y_max * plot_h; };
  auto y_of_goldstein = [&](double g) { return y0 - (g + 10) / 20 * plot_h; };

  // Grid and the left axis (events).
  cairo_set_font_size(cr, 12);
  cairo_set_line_width(cr, 1);
  for (double v = 0; v <= y_max + step / 2; v += step) {
    const double y = std::round(y_of_count(v)) + 0.5;
    cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x0 + plot_w, y);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    DrawText(cr, Number(v), x0 - 8, y + 4, Align::kRight);
  }
  // The right axis (Goldstein), with its zero line dashed.
  for (int g = -10; g <= 10; g += 5) {
    const double y = std::round(y_of_goldstein(g)) + 0.5;
    SetColor(cr, kGoldsteinColor);
    std::string label = g > 0 ? "+" : "";
    label += std::to_string(g);
    DrawText(cr, label, x0 + plot_w + 8, y + 4, Align::kLeft);
    if (g == 0) {
      const double dash[] = {4, 4};
      cairo_set_dash(cr, dash, 2, 0);
      cairo_set_source_rgba(cr, kGoldsteinColor.r, kGoldsteinColor.g, kGoldsteinColor.b, 0.45);
      cairo_move_to(cr, x0, y);
      cairo_line_to(cr, x0 + plot_w, y);
      cairo_stroke(cr);
      cairo_set_dash(cr, nullptr, 0, 0);
    }
  }
  cairo_save(cr);
  cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
  cairo_translate(cr, 24, top + plot_h / 2);
  cairo_rotate(cr, -M_PI / 2);
  DrawText(cr, "events", 0, 0, Align::kCenter);
  cairo_restore(cr);
  cairo_save(cr);
  SetColor(cr, kGoldsteinColor);
  cairo_translate(cr, width - 22, top + plot_h / 2);
  cairo_rotate(cr, M_PI / 2);
  DrawText(cr, "mean Goldstein", 0, 0, Align::kCenter);
  cairo_restore(cr);

  const size_t n = points.size();
  const double slot = n > 0 ? plot_w / n : plot_w;
  const double bar = std::max(1.0, std::min(slot * 0.72, 60.0));
  for (size_t i = 0; i < n; ++i) {
    const double x = x0 + slot * i + (slot - bar) / 2;
    double base = 0;
    for (int q = 0; q < 4; ++q) {
      const double count = static_cast<double>(points[i].quad_counts[q]);
      if (count == 0) continue;
      SetColor(cr, kQuadColors[q]);
      cairo_rectangle(cr, x, y_of_count(base + count), bar,
                      y_of_count(base) - y_of_count(base + count));
      cairo_fill(cr);
      base += count;
    }
  }
  // The Goldstein line, broken where a period has no events.
  SetColor(cr, kGoldsteinColor);
  cairo_set_line_width(cr, 2.2);
  bool drawing = false;
  for (size_t i = 0; i < n; ++i) {
    const double x = x0 + slot * (i + 0.5);
    if (points[i].events == 0) {
      if (drawing) cairo_stroke(cr);
      drawing = false;
      continue;
    }
    const double y = y_of_goldstein(points[i].goldstein_mean);
    drawing ? cairo_line_to(cr, x, y) : cairo_move_to(cr, x, y);
    drawing = true;
  }
  if (drawing) cairo_stroke(cr);
  for (size_t i = 0; i < n; ++i) {
    if (points[i].events == 0) continue;
    cairo_arc(cr, x0 + slot * (i + 0.5), y_of_goldstein(points[i].goldstein_mean), 3.5, 0,
              2 * M_PI);
    cairo_fill(cr);
  }

  // The x axis and as many period labels as fit without touching.
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  cairo_set_line_width(cr, 1);
  cairo_move_to(cr, x0, std::round(y0) + 0.5);
  cairo_line_to(cr, x0 + plot_w, std::round(y0) + 0.5);
  cairo_stroke(cr);
  cairo_set_font_size(cr, 12);
  double widest = 0;
  for (const SeriesPoint& p : points) widest = std::max(widest, TextWidth(cr, p.label));
  const size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil((widest + 12) / slot)));
  for (size_t i = 0; i < n; i += every) {
    DrawText(cr, points[i].label, x0 + slot * (i + 0.5), y0 + 20, Align::kCenter);
  }

  // Legend, centred under the axis.
  cairo_set_font_size(cr, 12);
  double legend_width = 0;
  for (const char* name : kQuadNames) legend_width += 14 + 6 + TextWidth(cr, name) + 18;
  legend_width += 22 + 6 + TextWidth(cr, "mean Goldstein");
  double x = std::max(10.0, (width - legend_width) / 2);
  const double y = height - 26;
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

struct SurfaceCloser {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextCloser {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};

}  // namespace

Status DrawSeriesChart(std::span<const SeriesPoint> points, const ChartOptions& options,
                       const std::string& path) {
  const bool svg = path.ends_with(".svg");
  if (!svg && !path.ends_with(".png")) {
    return Status::Error(path + ": the chart file must end in .png or .svg");
  }
  std::unique_ptr<cairo_surface_t, SurfaceCloser> surface(
      svg ? cairo_svg_surface_create(path.c_str(), options.width, options.height)
          : cairo_image_surface_create(CAIRO_FORMAT_ARGB32, options.width, options.height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return Status::Error(path + ": " + cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  {
    std::unique_ptr<cairo_t, ContextCloser> cr(cairo_create(surface.get()));
    Draw(cr.get(), points, options);
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      return Status::Error(path + ": " + cairo_status_to_string(cairo_status(cr.get())));
    }
  }
  cairo_status_t status;
  if (svg) {
    cairo_surface_finish(surface.get());
    status = cairo_surface_status(surface.get());
  } else {
    status = cairo_surface_write_to_png(surface.get(), path.c_str());
  }
  if (status != CAIRO_STATUS_SUCCESS) {
    return Status::Error(path + ": " + cairo_status_to_string(status));
  }
  return Status::Ok();
}

}  // namespace tacitus
