// Lecture d'une ligne CSV : ExtraitChaîne, ChaîneVersTableau et champs entre guillemets.
sLigne est une chaîne = "1042;""Dupont; Frères"";Paris;1 234,50;""dit """"le grand"""""""
sSimple est une chaîne = "1043;Martin;Lyon;99,90;"

// 1) ExtraitChaîne sur une ligne simple
nRang est un entier = 1
sChamp est une chaîne = ExtraitChaîne(sSimple, nRang, ";")
TANTQUE sChamp <> EOT
	Trace(nRang + " : [" + sChamp + "]")
	nRang++
	sChamp = ExtraitChaîne(sSimple, nRang, ";")
FIN
Trace("Nombre de champs : " + (ChaîneOccurrence(sSimple, ";") + 1))

// 2) ChaîneVersTableau
tabChamps est un tableau de chaînes
ChaîneVersTableau(sSimple, tabChamps, ";")
Trace("Éléments : " + tabChamps..Occurrence, tabChamps[2], tabChamps[4])
moMontant est un monétaire = Val(Remplace(tabChamps[4], ",", "."))
Trace(moMontant * 2)

// 3) Champs entre guillemets, découpés à la main
tabCSV est un tableau de chaînes = DécoupeLigneCSV(sLigne, ";")
POUR TOUT sC, nI DE tabCSV
	Trace(nI + " = <" + sC + ">")
FIN
moPrix est un monétaire = Val(Remplace(Remplace(tabCSV[4], " ", ""), ",", "."))
Trace("Prix : " + moPrix)
// expect: 1 : [1043]
// expect: 2 : [Martin]
// expect: 3 : [Lyon]
// expect: 4 : [99,90]
// expect: 5 : []
// expect: Nombre de champs : 5
// expect: Éléments : 5, Martin, 99,90
// expect: 199.8
// expect: 1 = <1042>
// expect: 2 = <Dupont; Frères>
// expect: 3 = <Paris>
// expect: 4 = <1 234,50>
// expect: 5 = <dit "le grand">
// expect: Prix : 1234.5

PROCÉDURE DécoupeLigneCSV(LOCAL sL est une chaîne, LOCAL sSép est une chaîne = ";")
tabRés est un tableau de chaînes
sCourant est une chaîne
bEntreGuillemets est un booléen = Faux
i est un entier = 1
TANTQUE i <= Taille(sL)
	sCar est une chaîne = sL[[i]]
	SI bEntreGuillemets ALORS
		SI sCar = """" ALORS
			SI Milieu(sL, i + 1, 1) = """" ALORS
				sCourant += """"
				i++
			SINON
				bEntreGuillemets = Faux
			FIN
		SINON
			sCourant += sCar
		FIN
	SINON
		SELON sCar
			CAS """"
				bEntreGuillemets = Vrai
			CAS sSép
				TableauAjoute(tabRés, sCourant)
				sCourant = ""
			AUTRE CAS
				sCourant += sCar
		FIN
	FIN
	i++
FIN
TableauAjoute(tabRés, sCourant)
RENVOYER tabRés
