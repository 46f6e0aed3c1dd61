"""Armed robbery told by its verb ("gunmen robbed traders at X", "robbed at gunpoint") is looting,
an event at its place; "robbed" in a figurative or financial sense is none."""

import pytest
from conftest import event_kind

LOOTING = ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize("sentence", [
    "Gunmen robbed traders at the Chirundu market on Sunday.",
    "Bandits robbed traders of their goods near Namanga.",
    "Travellers were robbed at gunpoint near Isebania on Friday.",
    "Two shops in Plumtree were robbed by armed men on Monday.",
    "Armed men held up a bus near Namanga.",
    "Bandits looted shops in Mutukula overnight.",
])
def test_armed_robbery_is_looting(sentence):
    assert event_kind(sentence) == LOOTING


@pytest.mark.parametrize("sentence", [
    "The team was robbed of victory in Namanga.",
    "Fraudsters robbed a bank account online, police in Nairobi said.",
    "Officials said corruption robbed Mutare of its new hospital.",
    "Gunmen could have robbed the traders, police said.",
])
def test_robbed_in_a_figurative_or_financial_sense_or_not_done_is_no_event(sentence):
    assert event_kind(sentence) is None
