"""A loopback SMTP server for the reminder tests: saves each message it receives as <uuid>.eml in a folder.

Usage: python3 smtp_sink.py FOLDER PORT   (prints "ready" once listening; stops when stdin closes)
Runs on Debian's python3-aiosmtpd.
"""
import os
import sys
import uuid

from aiosmtpd.controller import Controller


class SaveToFolder:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        content = getattr(envelope, "original_content", None) or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        name = os.path.join(self.folder, uuid.uuid4().hex + ".eml")
        # Written under a temporary name and renamed, so a reader never sees half a message.
        with open(name + ".tmp", "wb") as f:
            f.write(content)
        os.rename(name + ".tmp", name)
        return "250 Message accepted for delivery"


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    os.makedirs(folder, exist_ok=True)
    controller = Controller(SaveToFolder(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
