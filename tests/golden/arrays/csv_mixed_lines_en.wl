// CSVToArray on a text that mixes lines without quotes (cut at once) and lines holding a
// quoted field (read character by character): both give the same fields, whatever the line
// ends (CR LF, LF, CR), a separator of two characters, a doubled quote, a line break inside
// a quoted field, an empty line (stdlib/csv_parse.py; FS, 7 Dec 2026: it replaces a test
// that compared the two readings through a parameter kept for it). French twin
// csv_lignes_melangees_fr.wl.
sCSV is string = "1;plain;x" + CR + "2;""quoted; with sep"";y" + Charact(10) + "3;""say """"hi"""""";z" + Charact(13) + "4;""two" + CR + "lines"";w" + CR + CR + "5;last;v"
arrGrid is array of 0 by 0 strings = CSVToArray(sCSV, ";")
Trace(ArrayInfo(arrGrid, tiNumberRows), ArrayInfo(arrGrid, tiNumberColumns)) // expect: 6, 3
FOR nRow = 1 _TO_ ArrayInfo(arrGrid, tiNumberRows)
	Trace(nRow, "[" + arrGrid[nRow, 1] + "]", "[" + Replace(arrGrid[nRow, 2], CR, "/") + "]", "[" + arrGrid[nRow, 3] + "]")
END
// expect: 1, [1], [plain], [x]
// expect: 2, [2], [quoted; with sep], [y]
// expect: 3, [3], [say "hi"], [z]
// expect: 4, [4], [two/lines], [w]
// expect: 5, [], [], []
// expect: 6, [5], [last], [v]
// a separator of two characters, the same line quoted and plain
arrTwo is array of 0 by 0 strings = CSVToArray("a||b||c" + CR + """a""||""b||b""||c", "||")
Trace(arrTwo[1, 2], arrTwo[2, 2], arrTwo[2, 3]) // expect: b, b||b, c
// a quote that never closes: ErrorOccurred, the array empty
arrOpen is array of 0 by 0 strings = CSVToArray("a;""open" + CR + "b;c", ";")
Trace(ErrorOccurred, ArrayInfo(arrOpen, tiNumberRows)) // expect: 1, 0
