// fLit(n, t, &buf) : les octets lus vont dans la chaîne ou le Buffer à cette adresse et
// fLit renvoie leur nombre (0 à la fin, -1 en cas d'échec, buf inchangé), comme le vieux
// code WINDEV lit un bloc ; c'était refusé ("fLit expects 2 parameter(s)"). L'adresse
// d'un nombre arrête l'exécution en le disant (jumeau anglais fread_address_en.wl).
sRep est une chaîne = fRepTemp() + "\wl_flitadr_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\b.bin", "HDR1DATA-BLOCK")
nF est un entier = fOuvre(sRep + "\b.bin", foLecture)
bufEntete est un Buffer
Trace(fLit(nF, 4, &bufEntete), bufEntete) // expect: 4, HDR1
sReste est une chaîne
Trace(fLit(nF, 100, &sReste), sReste) // expect: 10, DATA-BLOCK
Trace(fLit(nF, 4, &bufEntete), Taille(bufEntete)) // expect: 0, 0
fFerme(nF)
bufEntete = "gardé"
Trace(fLit(nF, 4, &bufEntete), bufEntete, ErreurDétectée) // expect: -1, gardé, 1
Enr est une Structure
	bufCle est un Buffer
FIN
e est un Enr
nF = fOuvre(sRep + "\b.bin", foLecture)
Trace(fLit(nF, 3, &e.bufCle), e.bufCle) // expect: 3, HDR
fFerme(nF)
fRepSupprime(sRep, frRécursif)
nCompte est un entier
fLit(nF, 4, &nCompte) // expect error: fLit: &nCompte is the address of an integer: wlinterp has no memory behind it to read into
