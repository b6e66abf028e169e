# A custom exception whose __str__ is used on the traceback's last line.
class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f"{self.status} for {self.url}"

def fetch(url):
    if "missing" in url:
        raise HTTPError(404, url)
    return f"<html>{url}</html>"

print(fetch("https://example.com/"))
print(fetch("https://example.com/missing"))
