// f.Lit(n, &buf), la forme méthode de fLit(h, n, &buf) sur un FichierDisque : les octets
// lus vont dans la chaîne ou le Buffer à cette adresse et leur nombre est renvoyé (0 à la
// fin) ; l'exécution s'arrêtait (« its third parameter is the address of the string or
// Buffer ... »). Jumeau anglais : diskfile_read_address_en.wl.
sRep est une chaîne = fRepTemp() + "\wl_fdladr_" + Hasard(1, 999999999)
fRepCrée(sRep)
fSauveTexte(sRep + "\b.bin", "ENT1DONNEES")
f est un FichierDisque
f.Ouvre(sRep + "\b.bin", foLecture)
bufTete est un Buffer
Trace(f.Lit(4, &bufTete), bufTete) // expect: 4, ENT1
sReste est une chaîne
Trace(f.lit(100, &sReste), sReste) // expect: 7, DONNEES
Trace(f.Lit(4, &bufTete), Taille(bufTete)) // expect: 0, 0
f.Ferme()
fRepSupprime(sRep, frRécursif)
nCompte est un entier
f.Lit(4, &nCompte) // expect error: Lit: &nCompte is the address of an integer: wlinterp has no memory behind it to read into
