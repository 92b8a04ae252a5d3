// The language of day and month names (MMMM, DDDD, the ...InAlpha functions) is the
// run's, not the mask's: PC SOFT's DateToString page ?3027025 ties the names to the
// language settings. Here: the nation Nation() set, else the called name's language
// (docs/builtins.md "Day and month names"). "MMMM" alone via DateToString gave "March"
// and via DateVersChaîne "March" too; a mask in French letters gave French names.
Trace(DateToString("20240315", "MMMM")) // expect: March
Trace(DateToString("20240315", "JJJJ JJ MMMM AAAA")) // expect: Friday 15 March 2024
Trace(DateTimeToString("20240315103000", "DDDD MMMM HH:MM")) // expect: Friday March 10:30
Nation(nationFrench)
Trace(DateToString("20240315", "DDDD DD MMMM YYYY")) // expect: vendredi 15 mars 2024
Trace(DateToMonthInAlpha("20240315"), IntegerToDate(DateToInteger("20240315"), "MMMM")) // expect: mars, mars
Nation(nationEnglish)
Trace(DateToString("20240315", "MMMM")) // expect: March
