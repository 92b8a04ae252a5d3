// (method b) Du code de fichiers écrit tout en MAJUSCULES et sans accents, comme en
// produisent de vieux projets (FREPCREE, FLITLIGNE, SEPAREE PAR, FRRECURSIF, INIECRIT...);
// un nom de fichier écrit dans une autre casse (A.TXT / a.txt) désigne le même fichier.
// Passe tel qu'écrit. Jumeau anglais files_all_lower_case_en.wl (tout en minuscules).
SREP EST UNE CHAINE = FREPTEMP() + "\WL_CAPS_" + HASARD(1, 99999)
FREPCREE(SREP)
FSAUVETEXTE(SREP + "\A.TXT", "UN" + RC + "DEUX")
NFIC EST UN ENTIER = FOUVRE(SREP + "\a.txt", FOLECTURE)
SLIGNE EST UNE CHAINE = FLITLIGNE(NFIC)
TANTQUE SLIGNE <> EOT
	TRACE(SLIGNE) // expect: UN
// expect: DEUX
	SLIGNE = FLITLIGNE(NFIC)
FIN
FFERME(NFIC)
POUR TOUTE CHAINE SF DE FLISTEFICHIER(SREP + "\*.*") SEPAREE PAR RC
	TRACE(FEXTRAITCHEMIN(SF, FFICHIER + FEXTENSION), FTAILLE(SF)) // expect: A.TXT, 8
FIN
SELON FTAILLE(SREP + "\A.TXT")
	CAS 0 : TRACE("VIDE")
	CAS 1 A 100 : TRACE("PETIT") // expect: PETIT
	AUTRE CAS : TRACE("GROS")
FIN
TRACE(INIECRIT("SECTION", "CLE", "VALEUR", SREP + "\C.INI"), INILIT("section", "cle", "", SREP + "\c.ini")) // expect: 1, VALEUR
FREPSUPPRIME(SREP, FRRECURSIF)
