// an END after a procedure's body: procedures have no END
Trace(Twice(2))
procedure Twice(n)
result n * 2
end // expect error: 'end' without a block to close (if it ends the PROCEDURE of line 3: a procedure has no END, its body runs to the next PROCEDURE or the end of the file)
