// (method b) Un rapport enregistré sans jamais écraser un fichier existant : « Relevé
// client.pdf », puis « Relevé client (1).pdf »... comme l'Explorateur Windows ; un nom
// existant écrit dans une autre casse (RELEVÉ CLIENT (2).PDF, É compris) compte. Passe tel
// qu'écrit. Jumeau anglais free_file_name_en.wl.
sRep est une chaîne = fRepTemp() + "\wl_unique_" + Hasard(1, 99999999)
fRepCrée(sRep)
POUR i = 1 À 3
	sNom est une chaîne = NomLibre(sRep, "Relevé client.pdf")
	fSauveTexte(sNom, "relevé " + i)
	Trace(fExtraitChemin(sNom, fFichier + fExtension)) // expect: Relevé client.pdf
// expect: Relevé client (1).pdf
// expect: Relevé client (2).pdf
FIN
fRenomme(sRep + "\Relevé client (2).pdf", sRep + "\RELEVÉ CLIENT (2).PDF")
Trace(fExtraitChemin(NomLibre(sRep, "Relevé client.pdf"), fFichier + fExtension)) // expect: Relevé client (3).pdf
Trace(fExtraitChemin(NomLibre(sRep, "sans extension"), fFichier + fExtension)) // expect: sans extension
Trace(fExtraitChemin(NomLibre(sRep, "archive.tar.gz"), fFichier + fExtension)) // expect: archive.tar.gz
fRepSupprime(sRep, frRécursif)

PROCÉDURE NomLibre(LOCAL sRépertoire est une chaîne, LOCAL sNomVoulu est une chaîne) : chaîne
sRépertoire = ComplèteRep(sRépertoire)
SI PAS fFichierExiste(sRépertoire + sNomVoulu) ALORS RENVOYER sRépertoire + sNomVoulu
sBase est une chaîne = fExtraitChemin(sNomVoulu, fFichier)
sExt est une chaîne = fExtraitChemin(sNomVoulu, fExtension)
nNuméro est un entier = 1
TANTQUE fFichierExiste(sRépertoire + sBase + " (" + nNuméro + ")" + sExt)
	nNuméro++
	SI nNuméro > 9999 ALORS RENVOYER ""
FIN
RENVOYER sRépertoire + sBase + " (" + nNuméro + ")" + sExt
