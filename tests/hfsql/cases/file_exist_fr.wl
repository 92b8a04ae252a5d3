// HFichierExiste, HSubstRep, HTransactionInterrompue, HTransactionLibère
Trace(HFichierExiste(Product))                  // expect: 0
HCréationSiInexistant(Product)
Trace(HFichierExiste(Product))                  // expect: 1
Trace(HSubstRep(".", "D:\Archives"), HFichierExiste(Product))   // expect: 1, 0
Trace(HTransactionInterrompue(), HTransactionLibère())           // expect: 0, 1
