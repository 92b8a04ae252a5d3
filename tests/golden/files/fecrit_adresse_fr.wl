// fEcrit(n, &buf, t) : les octets à l'adresse d'une chaîne ou d'un Buffer sont les siens,
// comme l'écrit le vieux code WINDEV ; avant, le numéro opaque de l'adresse était écrit en
// chiffres ("6553" pour 4 octets), sans rien dire. Toute autre adresse (un nombre, une
// structure) arrête l'exécution en le disant (jumeau anglais fwrite_address_en.wl).
sRep est une chaîne = fRepTemp() + "\wl_fecrit_adr_" + Hasard(1, 999999999)
fRepCrée(sRep)
nF est un entier = fCrée(sRep + "\b.bin")
bufEntete est un Buffer = "HDR1xxxx"
Trace(fEcrit(nF, &bufEntete, 4)) // expect: 4
sNom est une chaîne = "Zoé"
Trace(fEcrit(nF, &sNom)) // expect: 3
Enr est une Structure
	bufCle est un Buffer
FIN
e est un Enr
e.bufCle = "K9"
Trace(fEcrit(nF, &e.bufCle)) // expect: 2
fFerme(nF)
Trace(fChargeTexte(sRep + "\b.bin")) // expect: HDR1ZoéK9
Trace(fTaille(sRep + "\b.bin")) // expect: 9
fRepSupprime(sRep, frRécursif)
nCompte est un entier = 258
fEcrit(nF, &nCompte, 4) // expect error: fEcrit: &nCompte is the address of an integer: wlinterp has no memory behind it to write
