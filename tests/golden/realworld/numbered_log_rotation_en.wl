// Numbered log rotation: app.log -> app.log.1 -> app.log.2 ...; the oldest (app.log.3) is
// deleted before the shift; written all in lower case, as some developers write
// (_and_, [" \"], stringbuild). Method b, FS 6 Dec 2026: passes as written. French twin
// rotation_numerotee_fr.wl.
constant
	MAX_SIZE = 120
	KEPT = 3
end

gdir is string = ftemppath() + ["\"] + "wl_rot_num_" + getidentifier()
if not fmakedir(gdir) then
	trace("cannot create " + gdir)
	return
end
gsLog is string = gdir + "\app.log"

for i = 1 to 20
	writelog(stringbuild("Run %1: %2 lines imported", i, i * 7))
end

arrfiles is array of strings
stringtoarray(flistfile(gdir + "\app.log*"), arrfiles, cr)
arraysort(arrfiles, asAscending)
for each sfile of arrfiles
	trace(fextractpath(sfile, ffilename + fextension), fsize(sfile) <= MAX_SIZE, ...
		extractstring(floadtext(sfile), 1, cr))
end
// (shorter lines than the French twin's: four a file; runs 1 to 4 went with the oldest)
// expect: app.log, 1, Run 17: 119 lines imported
// expect: app.log.1, 1, Run 13: 91 lines imported
// expect: app.log.2, 1, Run 9: 63 lines imported
// expect: app.log.3, 1, Run 5: 35 lines imported
trace(arraycount(arrfiles)) // expect: 4
fremovedir(gdir, frRecursive)
trace(fdirectoryexist(gdir)) // expect: 0

procedure writelog(local sline is string)
if ffileexist(gsLog) _and_ fsize(gsLog) + length(sline) + 2 > MAX_SIZE then
	rotate()
end
fappendtext(gsLog, sline + cr)

procedure rotate()
// the oldest goes
sold is string = gsLog + "." + KEPT
if ffileexist(sold) then fdelete(sold)
for n = KEPT - 1 to 1 step -1
	if ffileexist(gsLog + "." + n) then
		frename(gsLog + "." + n, gsLog + "." + (n + 1))
	end
end
frename(gsLog, gsLog + ".1")
