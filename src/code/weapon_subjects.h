// The weapon a clause's subject names sets the kind of force its act uses, as CAMEO codes a
// strike by its weapon: "Israeli jets struck Gaza" is an air strike (195), "Russian drones
// hit Kyiv" a drone strike (1952), "Russian missiles struck Lviv" missile and artillery fire
// (194), "mortar rounds hit the base" small arms and light weapons (193).
//
//   if (const VerbPattern* weapon = WeaponSubjectPattern(doc, syntax, clause, match.pattern)) {
//     match.pattern = weapon;  // the event is coded by the weapon's pattern
//   }
//
// Only where the words name force of no kind: a matched pattern of plain force (190: "strike
// +T", "attack +T"), or none matched to a verb of impact ("hit", "target", "damage") that
// has an object. Never fails: a subject that names no weapon, a pattern of another code or
// a paired one ("clashed with", 190:190) gives nullptr.
#ifndef TACITUS_CODE_WEAPON_SUBJECTS_H_
#define TACITUS_CODE_WEAPON_SUBJECTS_H_

#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// The pattern to code `clause` with when its logical subject is a weapon: `matched` (may be
// null: no pattern matched) refined by the weapon; nullptr when the clause keeps `matched`.
const VerbPattern* WeaponSubjectPattern(const Document& doc, const Syntax& syntax,
                                        const Clause& clause, const VerbPattern* matched);

}  // namespace tacitus

#endif  // TACITUS_CODE_WEAPON_SUBJECTS_H_
