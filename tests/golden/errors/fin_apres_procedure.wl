// un FIN après le corps d'une procédure : les procédures n'ont pas de FIN
Trace(Double(2))
PROCÉDURE Double(n)
RENVOYER n * 2
FIN // expect error: 'FIN' without a block to close (if it ends the PROCEDURE of line 3: a procedure has no FIN, its body runs to the next PROCEDURE or the end of the file)
