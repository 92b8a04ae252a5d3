// HDésactiveTrigger / HActiveTrigger / HListeTrigger (décidé : docs/hfsql.md "Triggers")
HDécritTrigger(Product, "HAjoute", Proc_Trigger, hTriggerAvant)
Trace(Remplace(HListeTrigger(), TAB, "|")) // expect: Product|HAjoute|Proc_Trigger|1
Trace(HDésactiveTrigger(Product)) // expect: 1
HRAZ(Product)
Product.Reference = "A1"
Trace(HAjoute(Product)) // expect: 1
Trace(HActiveTrigger()) // expect: 1
HRAZ(Product)
Product.Reference = "A2"
Trace(HAjoute(Product))
// expect: avant HAjoute Product
// expect: 1
Trace(hdesactivetrigger("*"), HNbEnr(Product)) // expect: 1, 2
HRAZ(Product)
Product.Reference = "A3"
Trace(HAjoute(Product)) // expect: 1
Trace(HDésactiveTrigger("Inconnu"), ErreurDétectée) // expect: 0, 1
// HGèreTrigger : toute la gestion des triggers, rend l'état d'avant
HActiveTrigger()
Trace(HGèreTrigger(Faux)) // expect: 1
HRAZ(Product)
Product.Reference = "A4"
Trace(HAjoute(Product)) // expect: 1
Trace(HGereTrigger(Vrai)) // expect: 0
HRAZ(Product)
Product.Reference = "A5"
Trace(HAjoute(Product))
// expect: avant HAjoute Product
// expect: 1

PROCÉDURE Proc_Trigger()
SI h.Action = "A" ALORS Trace("avant " + H.FonctionTrigger + " " + H.NomFichier)
