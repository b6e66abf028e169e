# __len__, __iter__, __getitem__, __contains__, __bool__.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __contains__(self, song):
        return song.lower() in (s.lower() for s in self.songs)

    def __iter__(self):
        return iter(self.songs)

p = Playlist("Intro", "Song A", "Outro")
print(len(p))
print(p[0], p[-1], p[1:])
print("song a" in p, "Missing" in p)
for song in p:
    print("-", song)
print(list(p), sorted(p))
print(bool(p), bool(Playlist()))

class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)))
print(sum(Countdown(10)))

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

print("yes" if Flag(True) else "no", "yes" if Flag(False) else "no")
