"""The services registry builds each service on first use, once, and shares it with siblings."""

from __future__ import annotations

import dataclasses
import threading
import time
from typing import Any, cast

from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.registry import Services


class CountingRecipes:
    """Builds a plain object per name, slowly, counting how often each was built."""

    def __init__(self) -> None:
        self.built: dict[str, int] = {}

    def build(self, name: str, services: Services) -> object:
        time.sleep(0.05)  # long enough for a second thread to ask meanwhile
        self.built[name] = self.built.get(name, 0) + 1
        sibling = services.actions if name == "exports" else None
        return {"name": name, "context": services.context, "sibling": sibling}


def _services(recipes: CountingRecipes, context: object = "ctx") -> Services:
    return Services(cast(ServiceContext, context), "base", recipes)


def test_nothing_is_built_until_asked_for_then_kept() -> None:
    recipes = CountingRecipes()
    services = _services(recipes)
    assert recipes.built == {}
    first: Any = services.meetings
    assert services.meetings is first
    assert recipes.built == {"meetings": 1}


def test_a_service_gets_the_registry_s_own_sibling() -> None:
    recipes = CountingRecipes()
    services = _services(recipes)
    exports: Any = services.exports
    assert exports["sibling"] is services.actions
    assert recipes.built == {"exports": 1, "actions": 1}


def test_two_threads_asking_at_once_get_one_instance() -> None:
    recipes = CountingRecipes()
    services = _services(recipes)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(services.search)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert recipes.built == {"search": 1}
    assert all(found is seen[0] for found in seen)


def test_a_copy_with_another_context_builds_its_own_services_over_it() -> None:
    recipes = CountingRecipes()
    services = _services(recipes, context="alice")
    alice: Any = services.actions
    other = dataclasses.replace(services, context=cast(ServiceContext, "root"))
    root: Any = other.actions
    assert root is not alice
    assert (alice["context"], root["context"]) == ("alice", "root")
