//! An in-memory case system for behaviour tests of the outbox: it stores what is delivered and
//! can be told to fail the next calls.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Mutex;

use leefwereld_core::sync::{
    CaseSystem, Delivery, DeliveryStep, FetchedDocument, Receipt, TransportError,
};

#[derive(Default)]
pub struct MemoryCases {
    /// document id → (case id, content)
    pub documents: Mutex<BTreeMap<String, (String, Vec<u8>)>>,
    pub failures: Mutex<VecDeque<TransportError>>,
    pub calls: Mutex<u32>,
}

impl MemoryCases {
    pub fn fail_next(&self, err: TransportError) {
        self.failures.lock().unwrap().push_back(err);
    }

    fn take_failure(&self) -> Option<TransportError> {
        *self.calls.lock().unwrap() += 1;
        self.failures.lock().unwrap().pop_front()
    }

    pub fn document_ids(&self) -> Vec<String> {
        self.documents.lock().unwrap().keys().cloned().collect()
    }
}

impl CaseSystem for MemoryCases {
    fn deliver(
        &self,
        d: &Delivery,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<Receipt, TransportError> {
        progress(DeliveryStep::CreatingDocument);
        if let Some(err) = self.take_failure() {
            return Err(err);
        }
        self.documents.lock().unwrap().insert(
            d.document_id.clone(),
            (d.case_id.clone(), d.content.clone()),
        );
        Ok(Receipt {
            case_url: format!("mem:{}", d.case_id),
            document_url: format!("mem:{}", d.document_id),
            link_url: None,
        })
    }

    fn retract(
        &self,
        _case: &str,
        document_id: &str,
        progress: &mut dyn FnMut(DeliveryStep),
    ) -> Result<(), TransportError> {
        progress(DeliveryStep::RemovingDocument);
        if let Some(err) = self.take_failure() {
            return Err(err);
        }
        self.documents.lock().unwrap().remove(document_id);
        Ok(())
    }

    fn fetch_case_documents(&self, case_id: &str) -> Result<Vec<FetchedDocument>, TransportError> {
        if let Some(err) = self.take_failure() {
            return Err(err);
        }
        Ok(self
            .documents
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, (case, _))| case == case_id)
            .map(|(id, (_, content))| FetchedDocument {
                document_id: id.clone(),
                content: content.clone(),
            })
            .collect())
    }
}
