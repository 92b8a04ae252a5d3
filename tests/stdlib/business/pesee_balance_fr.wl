// Pesée d'une palette au quai : la balance (protocole MT-SICS, commande "S") est
// interrogée en TCP ; on valide quand NB_STABLES pesées stables consécutives sont égales.
CONSTANTE
	NB_STABLES = 3
	NB_ESSAIS_MAX = 10
FIN

STPesée est une structure
	rPoidsKg	est un réel
	bStable		est un booléen
	sErreur		est une chaîne
FIN

gnPort est un entier = {port}
SI PAS SocketConnecte("Balance", gnPort, "127.0.0.1", 2000) ALORS
	Trace("Balance injoignable : " + ErreurInfo(errMessage))
	RETOUR
FIN
SocketChangeModeTransmission("Balance", SocketMarqueurFin, RC)

rPoids est un réel = PèsePalette("Balance")
SI rPoids > 0 ALORS
	Trace("Poids validé : " + NumériqueVersChaîne(rPoids, ".3f") + " kg")
SINON
	Trace("Pesée refusée")
FIN
// la balance en surcharge
Trace(LitPesée("Balance").sErreur)
SocketFerme("Balance")

// Lit une pesée : "S S     12.345 kg" (stable), "S D ..." (instable), "S +" / "S -" (hors plage)
PROCÉDURE LitPesée(LOCAL sBalance est une chaîne) : STPesée
stP est une STPesée
SI PAS SocketEcrit(sBalance, "S") ALORS
	stP.sErreur = ErreurInfo(errMessage)
	RENVOYER stP
FIN
sRéponse est une chaîne = SocketLit(sBalance, Faux, 1500)
SI ErreurDétectée ALORS
	stP.sErreur = ErreurInfo(errMessage)
	RENVOYER stP
FIN
sRéponse = SansEspace(sRéponse)
SELON ExtraitChaîne(sRéponse, 2, " ")
	CAS "S", "D"
		stP.bStable = (ExtraitChaîne(sRéponse, 2, " ") = "S")
		sValeur est une chaîne = SansEspace(Milieu(sRéponse, 4))
		sUnité est une chaîne = ExtraitChaîne(sValeur, 1, " ", DepuisFin)
		stP.rPoidsKg = Val(ExtraitChaîne(sValeur, 1, " "))
		SI sUnité ~= "g" ALORS stP.rPoidsKg = stP.rPoidsKg / 1000
	CAS "+" : stP.sErreur = "surcharge"
	CAS "-" : stP.sErreur = "sous-charge"
	AUTRE CAS : stP.sErreur = "réponse inattendue : " + sRéponse
FIN
RENVOYER stP

PROCÉDURE PèsePalette(LOCAL sBalance est une chaîne) : réel
tabStables est un tableau de réels
POUR nEssai = 1 _À_ NB_ESSAIS_MAX
	stP est une STPesée = LitPesée(sBalance)
	SI stP.sErreur <> "" ALORS
		Trace("Essai " + nEssai + " : " + stP.sErreur)
		RENVOYER -1
	FIN
	SI PAS stP.bStable ALORS
		TableauSupprimeTout(tabStables)
		CONTINUER
	FIN
	SI tabStables..Occurrence > 0 _ET_ tabStables[tabStables..Occurrence] <> stP.rPoidsKg ALORS
		TableauSupprimeTout(tabStables)
	FIN
	TableauAjoute(tabStables, stP.rPoidsKg)
	SI tabStables..Occurrence = NB_STABLES ALORS
		Trace("Stable après " + nEssai + " lectures")
		RENVOYER stP.rPoidsKg
	FIN
FIN
RENVOYER -1
