// Le second paramètre de fLitLigne, le séparateur entre les lignes (VERIFIED, page
// ?3036031 ; `<FichierDisque>.LitLigne([<Séparateur>])`) : il était refusé (« attend 1
// paramètre »). Jumeau de freadline_separator_en.wl.
sFichier est une chaîne = fRepTemp() + "\wl_sep_fr.txt"
fSauveTexte(sFichier, "a;b;;c")
h est un entier = fOuvre(sFichier, foLecture)
s est une chaîne = fLitLigne(h, ";")
TANTQUE s <> EOT
	Trace("[" + s + "]")
	s = fLitLigne(h, ";")
FIN
// expect: [a]
// expect: [b]
// expect: []
// expect: [c]
fFerme(h)
fSauveTexte(sFichier, "un|deux|trois" + RC + "x", foUnicode)
f est un FichierDisque
f.Ouvre(sFichier, foLecture)
Trace(f.LitLigne("|"), f.LitLigne("|"), f.LitLigne(RC), f.LitLigne(), f.LitLigne() = EOT) // expect: un, deux, trois, x, 1
f.Ferme()
fSauveTexte(sFichier, "A<>B<>C")
h = fOuvre(sFichier, foLecture)
Trace(fLitLigne(h, "<>"), fLitLigne(h, "<>"), FLITLIGNE(h, "<>"), fLitLigne(h, "<>") = EOT) // expect: A, B, C, 1
fFerme(h)
fSauveTexte(sFichier, "Zoé§Noël§")
h = fOuvre(sFichier, foLecture)
Trace(fLitLigne(h, "§"), fLitLigne(h, "§"), fLitLigne(h, "§") = EOT) // expect: Zoé, Noël, 1
fFerme(h)
fSupprime(sFichier)
