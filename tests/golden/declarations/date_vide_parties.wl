// Une Date affectée de "" est vide : ses parties ne se lisent ni ne se changent.
ST_Commande est une Structure
    dLivraison est une Date
FIN
c est une ST_Commande
c.dLivraison = ""
c.dLivraison..Jour += 3   // expect error: The Date is empty (""): it has no Jour
