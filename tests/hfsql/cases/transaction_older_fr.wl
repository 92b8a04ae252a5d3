// HTransaction : l'ancien nom de HTransactionDébut (?1000023384), en français
Trace(HTRANSACTION())                                   // expect: 1
AjouteClient("Anna")
Trace(HTransactionEnCours(), HNbEnr(Customer))          // expect: 1, 1
HTransactionAnnule()
Trace(HTransactionEnCours(), HNbEnr(Customer))          // expect: 0, 0
Trace(HTransaction("C:\Temp\Transaction.trs", "Customer"))   // expect: 1
AjouteClient("Boris")
Trace(HTransactionFin(), HNbEnr(Customer))              // expect: 1, 1
Trace(HTransaction("", "-Customer"), ErreurDétectée)    // expect: 0, 1

PROCÉDURE AjouteClient(nom est une chaîne)
HRAZ(Customer)
Customer.Name = nom
HAjoute(Customer)
