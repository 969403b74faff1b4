// Reader of a TABARI .project file (TABARI.Demo.project; manual 4.1): the dictionaries,
// options and texts it names, each relative to the project file's folder.
//
//   <actorsfile> CountryInfo.120116.actors      several of each may be given; TABARI reads
//   <agentsfile> PSU.120522.agents               only a tag's first two letters, so <actorfile>
//   <verbsfile>  CAMEO.091003.master.verbs       and <verbfile> are the same tags
//   <optionsfile> CAMEO.09b5.options            read here (tabari_options.h) into `options`
//   <textfile>   stories.text
//   # lines not beginning "<" are comments; <eventfile>, <coder>, <session> ... are TABARI's
//   # own bookkeeping and ignored; <issuesfile> is not read (a warning)
//
//   Diagnostics diagnostics;
//   auto project = ReadTabariProject("TABARI.Demo.project", &diagnostics);
//   auto loaded = LoadPetrarchDictionaries(project->files);   // files.tabari is set
#ifndef TACITUS_DICT_TABARI_PROJECT_H_
#define TACITUS_DICT_TABARI_PROJECT_H_

#include <string>
#include <vector>

#include "dict/petrarch_dictionaries.h"
#include "dict/tabari_options.h"
#include "tacitus/diagnostic.h"
#include "tacitus/status.h"

namespace tacitus {

struct TabariProject {
  PetrarchFiles files;       // verbs, actors, agents; files.tabari true, time_shifting as set
  std::string options_file;  // empty when the project names none
  TabariOptions options;     // its commands; TABARI's defaults without one
  std::vector<std::string> text_files;
};

// An <issuesfile>, or a file tag without a file name, is a warning in `diagnostics`; a line
// with a NUL or bad UTF-8 an error (ReadDataFile); so are the options file's (tabari_options.h).
// Fails when the project or its options file cannot be read (kNotFound or kIoError,
// "PATH: REASON") or names no verb or no actor file (kDataError, "PATH: names no <verbsfile>").
Result<TabariProject> ReadTabariProject(const std::string& project_path, Diagnostics* diagnostics);

}  // namespace tacitus

#endif  // TACITUS_DICT_TABARI_PROJECT_H_
