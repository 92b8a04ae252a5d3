// Fichier d'articles à enregistrements de longueur fixe (32 octets) : code sur 8
// caractères, libellé ANSI sur 16, quantité sur 4 octets (entier petit-boutiste), prix
// en centimes sur 4 octets. Accès direct par fPositionne, mise à jour d'un enregistrement
// en place (fLit/fÉcrit d'un Buffer), relecture complète découpée par [[n SUR l]].
// Méthode b, FS 6 déc. 2026 : passe tel qu'écrit (bitET, écrit d'abord, n'existe pas :
// errors/bitet_autre_nom_fr.wl). Jumeau anglais binary_record_file_en.wl.
CONSTANTE
	TAILLE_ENR = 32
FIN

sFic est une chaîne = fRepTemp() + "\articles_" + DonneIdentifiant() + ".dat"
nFic est un entier = fCrée(sFic)
SI nFic = -1 ALORS
	Erreur(ErreurInfo())
	RETOUR
FIN
tabCodes est un tableau de chaînes = ["VIS-M6", "ECROU-M6", "RONDELLE"]
tabLibellés est un tableau de chaînes = ["Vis acier M6", "Écrou M6 zingué", "Rondelle plate"]
tabQtés est un tableau d'entiers = [1200, 850, 3000]
tabPrix est un tableau de monétaires = [0.12, 0.08, 0.03]
POUR i = 1 _À_ TableauOccurrence(tabCodes)
	bEnr est un Buffer = Enregistrement(tabCodes[i], tabLibellés[i], tabQtés[i], tabPrix[i])
	fÉcrit(nFic, bEnr)
FIN
fFerme(nFic)
Trace("taille", fTaille(sFic)) // expect: taille, 96

// mise à jour du 2e enregistrement : quantité -50
nFic = fOuvre(sFic, foLectureEcriture)
fPositionne(nFic, TAILLE_ENR * 1 + 24, fpDébut)
bQté est un Buffer = fLit(nFic, 4)
nQté est un entier = EntierDepuisOctets(bQté)
Trace("quantité lue", nQté) // expect: quantité lue, 850
fPositionne(nFic, TAILLE_ENR * 1 + 24, fpDébut)
fÉcrit(nFic, OctetsDepuisEntier(nQté - 50))
fFerme(nFic)

// relecture complète
bTout est un Buffer = fChargeBuffer(sFic)
POUR n = 0 À Taille(bTout) / TAILLE_ENR - 1
	bE est un Buffer = bTout[[n * TAILLE_ENR + 1 SUR TAILLE_ENR]]
	sCode est une chaîne = SansEspace(bE[[1 À 8]])
	sLib est une chaîne = SansEspace(AnsiVersUnicode(bE[[9 À 24]]))
	Trace(sCode, sLib, EntierDepuisOctets(bE[[25 À 28]]), EntierDepuisOctets(bE[[29 À 32]]) / 100)
FIN
// expect: VIS-M6, Vis acier M6, 1200, 0.12
// expect: ECROU-M6, Écrou M6 zingué, 800, 0.08
// expect: RONDELLE, Rondelle plate, 3000, 0.03
fSupprime(sFic)

PROCÉDURE Enregistrement(sCode, sLibellé, nQté est un entier, mPrix est un monétaire) : Buffer
b est un Buffer = Complète(sCode, 8) + UnicodeVersAnsi(Complète(sLibellé, 16)) + ...
	OctetsDepuisEntier(nQté) + OctetsDepuisEntier(mPrix * 100)
RENVOYER b

PROCÉDURE OctetsDepuisEntier(LOCAL n est un entier) : Buffer
b est un Buffer
POUR i = 0 À 3
	b += Caract(ETBinaire(bitDécaleDroite(n, 8 * i), 0xFF))
FIN
RENVOYER b

PROCÉDURE EntierDepuisOctets(b est un Buffer) : entier
n est un entier = 0
POUR i = 4 À 1 PAS -1
	n = bitDécaleGauche(n, 8) + Asc(b[[i]])
FIN
RENVOYER n
