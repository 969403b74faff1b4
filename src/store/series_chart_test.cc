#include "store/series_chart.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace tacitus {
namespace {

SeriesPoint Point(std::string label, std::array<int64_t, 4> quads, double goldstein_mean) {
  SeriesPoint p;
  p.label = std::move(label);
  p.quad_counts = quads;
  for (int64_t n : quads) p.events += n;
  p.goldstein_mean = goldstein_mean;
  return p;
}

// The shapes of a chart drawn as SVG: cairo writes each filled or stroked shape as a <path>
// (text as glyphs in <defs>, left out here), its colour and dashes in the style attribute.
struct Shape {
  std::string style;
  std::vector<double> coordinates;  // the numbers of the path data, in order
};

std::vector<Shape> DrawnShapes(const pugi::xml_document& svg) {
  std::vector<Shape> shapes;
  for (const pugi::xpath_node& node : svg.select_nodes("/svg//path[not(ancestor::defs)]")) {
    Shape shape{node.node().attribute("style").value(), {}};
    std::istringstream data(node.node().attribute("d").value());
    for (std::string word; data >> word;) {
      if (word != "M" && word != "L" && word != "C" && word != "Z") {
        shape.coordinates.push_back(std::stod(word));
      }
    }
    shapes.push_back(std::move(shape));
  }
  return shapes;
}

// The shapes whose style holds every one of `parts`.
std::vector<Shape> With(const std::vector<Shape>& shapes, std::vector<std::string_view> parts) {
  std::vector<Shape> found;
  for (const Shape& s : shapes) {
    bool all = true;
    for (std::string_view part : parts) all = all && s.style.find(part) != std::string::npos;
    if (all) found.push_back(s);
  }
  return found;
}

constexpr std::string_view kQuadFills[4] = {"fill:rgb(60%,84%,58%)", "fill:rgb(14%,55%,27%)",
                                            "fill:rgb(99%,68%,38%)", "fill:rgb(80%,16%,12%)"};
constexpr std::string_view kGoldsteinFill = "fill:rgb(13%,25%,60%)";
constexpr std::string_view kGoldsteinStroke = "stroke:rgb(13%,25%,60%)";

// Released after the last test, as `tacitus plot` does after its chart.
class ReleaseFontCaches : public ::testing::Environment {
 public:
  void TearDown() override { ReleaseChartFontCaches(); }
};
::testing::Environment* const kReleaseFontCaches =
    ::testing::AddGlobalTestEnvironment(new ReleaseFontCaches);

class SeriesChartTest : public ::testing::Test {
 protected:
  // Draws `points` as an SVG of the default size, 1000x560, and parses it. (Cairo leaves out
  // what falls outside the page, and at a small size that is part of the legend.)
  void Draw(const std::vector<SeriesPoint>& points) {
    auto image = DrawSeriesChart(points, {.title = "RUS - CHN"}, ChartFormat::kSvg);
    ASSERT_TRUE(image.ok()) << image.status().message();
    const pugi::xml_parse_result parsed = svg_.load_buffer(image->data(), image->size());
    ASSERT_TRUE(parsed) << parsed.description();
    shapes_ = DrawnShapes(svg_);
  }

  pugi::xml_document svg_;
  std::vector<Shape> shapes_;
};

TEST_F(SeriesChartTest, DrawsStackedBarsAGoldsteinLineAndALegend) {
  // Four periods; the third has no events, which breaks the line.
  Draw({Point("2023-01", {2, 1, 0, 0}, 4.0), Point("2023-02", {0, 0, 1, 0}, -2.0),
        Point("2023-03", {0, 0, 0, 0}, 0.0), Point("2023-04", {0, 0, 0, 3}, -9.0)});
  EXPECT_STREQ(svg_.child("svg").attribute("width").value(), "1000pt");
  EXPECT_STREQ(svg_.child("svg").attribute("height").value(), "560pt");

  // A bar segment for each quad class a period has events of, and a legend swatch for each
  // class: two of quad class 1, 2 and 3 (one bar, one swatch) and two of class 4.
  for (int q = 0; q < 4; ++q) EXPECT_EQ(With(shapes_, {kQuadFills[q]}).size(), 2u) << q;

  // Segments stack: in the first bar, the 1 event of quad class 2 sits on top of the 2 of
  // class 1, half as tall. The tallest bar (3 events) reaches the top of the axis, which runs
  // 0..3: the plot area spans y 72..464 (margins of 72 above and 96 below).
  const Shape bottom = With(shapes_, {kQuadFills[0]}).front();
  const Shape top = With(shapes_, {kQuadFills[1]}).front();
  ASSERT_GE(bottom.coordinates.size(), 8u);
  ASSERT_GE(top.coordinates.size(), 8u);
  const double bottom_top_y = bottom.coordinates[1], bottom_base_y = bottom.coordinates[5];
  const double top_top_y = top.coordinates[1], top_base_y = top.coordinates[5];
  // Cairo keeps coordinates to 1/256.
  constexpr double kCairoPrecision = 1.0 / 256;
  EXPECT_NEAR(bottom_base_y, 464, kCairoPrecision);
  EXPECT_NEAR(top_base_y, bottom_top_y, kCairoPrecision);
  EXPECT_NEAR(bottom_base_y - bottom_top_y, 2 * (top_base_y - top_top_y), 2 * kCairoPrecision);
  EXPECT_NEAR(top_top_y, 72, kCairoPrecision);
  const Shape tallest = With(shapes_, {kQuadFills[3]}).front();
  EXPECT_NEAR(tallest.coordinates[1], 72, kCairoPrecision);

  // Grid lines at 0, 1, 2 and 3 events.
  EXPECT_EQ(With(shapes_, {"stroke:rgb(90%,90%,90%)"}).size(), 4u);
  // The Goldstein zero line, dashed.
  EXPECT_EQ(With(shapes_, {kGoldsteinStroke, "stroke-dasharray"}).size(), 1u);
  // The line joins periods 1 and 2 only (period 4 stands alone after the gap), and the legend
  // draws one more; a dot for each period with events, and one in the legend.
  const std::vector<Shape> lines = With(shapes_, {kGoldsteinStroke, "stroke-width:2.2"});
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].coordinates.size(), 4u);  // from one point to the next, no further
  EXPECT_EQ(With(shapes_, {kGoldsteinFill}).size(), 4u);
}

TEST_F(SeriesChartTest, AnEmptySeriesHasAxesAndLegendOnly) {
  Draw({});
  for (int q = 0; q < 4; ++q) EXPECT_EQ(With(shapes_, {kQuadFills[q]}).size(), 1u) << q;
  EXPECT_EQ(With(shapes_, {kGoldsteinFill}).size(), 1u);                        // legend dot
  EXPECT_EQ(With(shapes_, {kGoldsteinStroke, "stroke-width:2.2"}).size(), 1u);  // legend line
  EXPECT_EQ(With(shapes_, {"stroke:rgb(90%,90%,90%)"}).size(), 2u);             // 0 and 1
}

TEST(SeriesChart, TakesItsFormatFromTheFileName) {
  EXPECT_EQ(ChartFormatOf("out/chart.png").value(), ChartFormat::kPng);
  EXPECT_EQ(ChartFormatOf("chart.svg").value(), ChartFormat::kSvg);
  const auto pdf = ChartFormatOf("chart.pdf");
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().message(), "chart.pdf: the chart file must end in .png or .svg");
}

TEST(SeriesChart, DrawsAPng) {
  const std::vector<SeriesPoint> points = {Point("2023", {1, 0, 0, 0}, 1.0)};
  auto image = DrawSeriesChart(points, {}, ChartFormat::kPng);
  ASSERT_TRUE(image.ok()) << image.status().message();
  EXPECT_TRUE(image->starts_with("\x89PNG\r\n\x1a\n"));
}

}  // namespace
}  // namespace tacitus
