// Import de relevés bancaires CSV écrit comme beaucoup de code WINDEV l'est : mots-clés
// en minuscules, sans accents (chaine, booleens, separee, renvoyer...). Une ligne déjà
// importée (même empreinte SHA-256, hashchaine + buffervershexa) est ignorée, les
// empreintes vues sont gardées dans un fichier texte (fajoutetexte) et relues à un
// nouveau lancement (tableau associatif de booleens) ; montants à virgule décimale lus
// par val ; fichier absent : -1. Méthode b, FS 6 déc. 2026 : passe tel qu'écrit.
// Jumeau anglais bank_statements_no_duplicates_en.wl.
// import de releves bancaires (CSV) : une ligne deja importee (meme empreinte) est ignoree,
// les empreintes deja vues sont gardees dans un fichier texte entre deux imports
constante
	SEP = ";"
fin
srep est une chaine = frepTemp() + "\wl_golden_releves_" + hasard(1, 999999999)
frepcree(srep)
gsfichiertraces est une chaine = srep + "\deja_importes.txt"
gmtotal est un monetaire

fsauvetexte(srep + "\releve_nov.csv", "date;libelle;montant" + rc + "03/11/2026;PRLV EDF;-84,20" + rc + "05/11/2026;VIR CLIENT DUPONT;1250,00" + rc + rc)
fsauvetexte(srep + "\releve_nov_bis.csv", "date;libelle;montant" + rc + "05/11/2026;VIR CLIENT DUPONT;1250,00" + rc + "12/11/2026;CB STATION;-62,35" + rc)

tavus est un tableau associatif de booleens
chargetraces(tavus)
trace("1er fichier : " + importereleve(srep + "\releve_nov.csv", tavus) + " ligne(s)") // expect: 1er fichier : 2 ligne(s)
// un nouveau lancement : les empreintes sont relues du fichier
tavus2 est un tableau associatif de booleens
chargetraces(tavus2)
trace("2e fichier : " + importereleve(srep + "\releve_nov_bis.csv", tavus2) + " ligne(s)") // expect: 2e fichier : 1 ligne(s)
trace("total importe : " + gmtotal) // expect: total importe : 1103.45
trace("empreintes gardees : " + chaineoccurrence(fchargetexte(gsfichiertraces), rc)) // expect: empreintes gardees : 3
// expect: lecture impossible : absent.csv
trace(importereleve(srep + "\absent.csv", tavus2)) // expect: -1
frepsupprime(srep, frrecursif)

procedure chargetraces(tavus est un tableau associatif de booleens)
	si pas ffichierexiste(gsfichiertraces) alors retour
	pour toute chaine s de fchargetexte(gsfichiertraces) separee par rc
		si s <> "" alors tavus[s] = vrai
	fin

procedure importereleve(sfichier est une chaine, tavus est un tableau associatif de booleens) : entier
	nimportes est un entier = 0
	nfic est un entier = fouvre(sfichier, folecture)
	si nfic = -1 alors
		trace("lecture impossible : " + fextraitchemin(sfichier, ffichier + fextension))
		renvoyer -1
	fin
	sligne est une chaine = flitligne(nfic) // entete
	boucle
		sligne = flitligne(nfic)
		si sligne = eot alors sortir
		si sansespace(sligne) = "" alors continuer
		sempreinte est une chaine = buffervershexa(hashchaine(HA_SHA_256, sligne), sansregroupement, sansligne)
		si tavus[sempreinte] alors continuer
		tavus[sempreinte] = vrai
		fajoutetexte(gsfichiertraces, sempreinte + rc)
		gmtotal += val(extraitchaine(sligne, 3, SEP))
		nimportes++
	fin
	fferme(nfic)
	renvoyer nimportes
