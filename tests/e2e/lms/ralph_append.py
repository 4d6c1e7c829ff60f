"""Runs Ralph's LRS (the fs backend) on 127.0.0.1 at the port given, for the cmi5 tests.

Ralph 5.1.0's fs backend creates its file on the first write and refuses every later one
("already exists and overwrite is not allowed"), so the backend is switched to appending
before the app starts. Configuration (the data folder, the auth file) comes from RALPH_*
variables set by tests/e2e/lms/ralph.mjs.
"""
import os
import sys

os.environ.setdefault("RALPH_RUNSERVER_BACKEND", "fs")

from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.data.fs import FSDataBackend  # noqa: E402

FSDataBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402
from ralph.api import app  # noqa: E402

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
