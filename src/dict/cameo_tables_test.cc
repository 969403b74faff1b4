#include "dict/cameo_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tacitus {
namespace {

constexpr std::string_view kEventCodes =
    "# comment\n"
    "code\troot\tlabel\tgoldstein\tquad_class\tplover_type\tplover_mode\n"
    "04\t04\tCONSULT\t1.0\t1\tCONSULT\t\n"
    "040\t04\tConsult, not specified below\t1.0\t1\tCONSULT\t\n"
    "042\t04\tMake a visit\t1.9\t1\tCONSULT\tvisit\n"
    "16\t16\tREDUCE RELATIONS\t-4.0\t3\tREDUCE\t\n"
    "163\t16\tImpose embargo, boycott, or sanctions\t-8.0\t4\tSANCTION\t\n"
    "1621\t16\tReduce or stop economic assistance\t-5.6\t4\tSANCTION\t\n";

std::vector<std::string> Codes(const std::vector<const EventType*>& types) {
  std::vector<std::string> codes;
  for (const EventType* type : types) codes.push_back(type->code);
  return codes;
}

TEST(CameoTables, SelectsByCodeWithItsChildren) {
  CameoTables tables;
  Diagnostics diagnostics;
  tables.ParseEventCodes("event_codes.tsv", kEventCodes, &diagnostics);
  ASSERT_TRUE(diagnostics.empty());
  EXPECT_EQ(Codes(tables.SelectEventTypes("04")), (std::vector<std::string>{"04", "040", "042"}));
  EXPECT_EQ(Codes(tables.SelectEventTypes("16")), (std::vector<std::string>{"16", "163", "1621"}));
  EXPECT_EQ(Codes(tables.SelectEventTypes("042")), std::vector<std::string>{"042"});
  EXPECT_TRUE(tables.SelectEventTypes("999").empty());
  EXPECT_EQ(tables.SelectEventTypes("").size(), 6u);
}

TEST(CameoTables, SelectsByWordInTheLabelIgnoringCase) {
  CameoTables tables;
  Diagnostics diagnostics;
  tables.ParseEventCodes("event_codes.tsv", kEventCodes, &diagnostics);
  EXPECT_EQ(Codes(tables.SelectEventTypes("SANCTION")), std::vector<std::string>{"163"});
  EXPECT_EQ(Codes(tables.SelectEventTypes("consult")), (std::vector<std::string>{"04", "040"}));
  EXPECT_TRUE(tables.SelectEventTypes("bombard").empty());
}

TEST(CameoTables, AnActorCodeReadsAsItsPartsLabels) {
  CameoTables tables;
  Diagnostics diagnostics;
  tables.ParseActorCodes("actor_codes.tsv",
                         "code\tkind\tlabel\n"
                         "RUS\tcountry\tRussia\n"
                         "GOV\ttype\tGovernment\n"
                         "UNO\ttype\tUnited Nations\n"
                         "UNO\tgroup\tUnited Nations Organization\n",
                         &diagnostics);
  ASSERT_TRUE(diagnostics.empty());
  EXPECT_EQ(tables.ActorLabel("RUSGOV"), "Russia · Government");
  EXPECT_EQ(tables.ActorLabel("UNO"), "United Nations");   // a part of two kinds: its first label
  EXPECT_EQ(tables.ActorLabel("RUSXYZ"), "Russia · XYZ");  // not in the table: as written
  EXPECT_EQ(tables.ActorLabel("RUSGO"), "Russia · GO");
  EXPECT_EQ(tables.ActorLabel(""), "");
}

}  // namespace
}  // namespace tacitus
