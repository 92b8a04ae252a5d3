// HListeParamRequête et HListeConnexion
Trace(Remplace(HListeParamRequête(REQ_OrdersOfCity), RC, ","))   // expect: pCity,pMinTotal
HDécritConnexion("Boutique", "", "", "", ":memory:", hAccèsNatifSQLite)
Trace(HListeConnexion(), HListeParamRequete(REQ_OrdersOfCity) <> "")   // expect: Boutique, 1
