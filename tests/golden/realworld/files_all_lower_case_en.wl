// (method b) File code written all in lower case (fmakedir, freadline, separated by,
// frrecursive, iniwrite...), keywords included; a file name written in another case
// (A.TXT / a.txt) names the same file. French twin fichiers_majuscules_sans_accents_fr.wl
// (all upper case, no accents).
sdir is string = ftemppath() + "\wl_lower_" + random(1, 99999)
fmakedir(sdir)
fsavetext(sdir + "\A.TXT", "ONE" + cr + "TWO")
nfile is int = fopen(sdir + "\a.txt", foread)
sline is string = freadline(nfile)
while sline <> eot
	trace(sline)
	sline = freadline(nfile)
end
// expect: ONE
// expect: TWO
fclose(nfile)
for each string sf of flistfile(sdir + "\*.*") separated by cr
	trace(fextractpath(sf, ffilename + fextension), fsize(sf)) // expect: A.TXT, 8
end
switch fsize(sdir + "\A.TXT")
	case 0 : trace("EMPTY")
	case 1 to 100 : trace("SMALL") // expect: SMALL
	other case : trace("BIG")
end
trace(iniwrite("SECTION", "KEY", "VALUE", sdir + "\C.INI"), iniread("section", "key", "", sdir + "\c.ini")) // expect: 1, VALUE
fremovedir(sdir, frrecursive)
