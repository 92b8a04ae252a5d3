// GOTO vers une étiquette absente de son traitement : refusé
P()
Ailleurs:
PROCÉDURE P()
GOTO Ailleurs // expect error: this process has no label 'Ailleurs:'
