// HListItem(File, hLstDetail): name, key type, type code, size, number of array elements
// and caption, TAB-separated. The analysis (list_item_array_caption_en.files/contacts.xdd)
// has an array item of 3 elements (three INDICERUBRIQUE) and captions (our extension:
// WINDEV's export keeps none, so a real analysis gives ""): docs/hfsql.md
Trace(HOpenAnalysis("contacts.xdd")) // expect: 1
s is string = HListItem(Contact, hLstDetail)
FOR EACH STRING line OF s SEPARATED BY CR
	Trace(Replace(line, TAB, "|"))
END
// expect: ContactID|2061|28|4|1|
// expect: Name|2062|2|40|1|Full name
// expect: Phone|2060|2|20|3|Phone numbers
// expect: Score|2060|5|4|1|
Trace(ExtractString(ExtractString(s, 3, CR), 5, TAB)) // expect: 3
Trace(HCloseAnalysis()) // expect: 1
HClose("*")
fDelete("contacts.db") // the SQLite file the run made beside the program
