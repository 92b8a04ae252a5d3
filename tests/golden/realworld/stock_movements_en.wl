// Inventory: stock movements typed by an enumeration, options of a combination, FOR EACH
// STRING, several return values. English keywords, the French twin's names
// (mouvements_stock_fr.wl)
EMouvement is an Enumeration
	Entrée = "E"
	Sortie = "S"
	Inventaire = "I"
END
COptions is a Combination
	AvecValeur
	AvecDétail
	Silencieux
END
STMouvement is a Structure
	sArticle is string
	eType is EMouvement
	nQté is int
	mPrixUnitaire is currency
	dDate is Date
END
gtabMvt is array of STMouvement

Mouvement("vis M4", EMouvement.Entrée, 500, 0.02, "20251103")
Mouvement("écrou M4", Entrée, 300, 0.015, "20251103")
Mouvement("vis M4", EMouvement.Sortie, 120, 0.02, "20251110")
Mouvement("Vis M4", Sortie, 30, 0.02, "20251112")
Mouvement("écrou M4", EMouvement.Inventaire, 280, 0.015, "20251130")
nEntrées, nSorties are int
(nEntrées, nSorties) = Totaux("VIS M4")
Trace(nEntrées, nSorties) // expect: 500, 150
Trace(Bilan(AvecValeur)) // expect: vis M4 : 350 | écrou M4 : 280
Trace(Bilan(AvecValeur + AvecDétail)) // expect: vis M4 : 350 (7 €) | écrou M4 : 280 (4.2 €)
Trace(Bilan(Silencieux)) // expect: 2 article(s)
FOR EACH STRING sMot OF "vis M4;écrou M4;clou" SEPARATED BY ";"
	Trace(sMot, Stock(sMot)) // expect: vis M4, 350
	// expect: écrou M4, 280
	// expect: clou, 0
END
Trace(gtabMvt[3].eType, gtabMvt[3].eType..Value, gtabMvt[5].dDate..Month) // expect: Sortie, S, 11

PROCEDURE Mouvement(sArticle, eType is EMouvement, nQté is int, mPU is currency, dDate is Date)
m is STMouvement
m.sArticle = sArticle
m.eType = eType
m.nQté = nQté
m.mPrixUnitaire = mPU
m.dDate = dDate
gtabMvt.Add(m)

PROCEDURE Totaux(sArticle is string)
nE, nS are int
FOR EACH m OF gtabMvt
	IF NOT m.sArticle ~= sArticle THEN CONTINUE
	SWITCH m.eType
		CASE Entrée : nE += m.nQté
		CASE Sortie : nS += m.nQté
	END
END
RESULT (nE, nS)

PROCEDURE Stock(sArticle is string) : int
n is int
FOR EACH m OF gtabMvt
	IF m.sArticle ~= sArticle THEN
		SWITCH m.eType
			CASE EMouvement.Entrée : n += m.nQté
			CASE EMouvement.Sortie : n -= m.nQté
			OTHER CASE : n = m.nQté // un inventaire remet le compteur
		END
	END
END
RESULT n

PROCEDURE Bilan(eOpt is COptions) : string
tabVus is associative array (ccIgnoreCase) of strings
tabOrdre is array of strings
FOR EACH m OF gtabMvt
	IF NOT tabVus[m.sArticle]..Exist THEN
		tabVus[m.sArticle] = m.sArticle
		ArrayAdd(tabOrdre, m.sArticle)
	END
END
IF eOpt[Silencieux] THEN RESULT tabOrdre..Occurrence + " article(s)"
s is string
FOR EACH sA OF tabOrdre
	n is int = Stock(sA)
	s += [" | "] + sA + " : " + n
	IF eOpt[AvecDétail] THEN s += " (" + (n * PrixDe(sA)) + " €)"
END
RESULT s

PROCEDURE PrixDe(sA is string) : currency
FOR EACH m OF gtabMvt
	IF m.sArticle ~= sA THEN RESULT m.mPrixUnitaire
END
RESULT 0
